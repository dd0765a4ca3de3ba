import { request } from 'node:http';

/** A response of our server, kept so the ceiling server can send the very same bytes. */
export interface CapturedResponse {
  /** Path and query, as requested. */
  path: string;
  status: number;
  /** Response headers, without those that describe the connection or the moment. */
  headers: Record<string, string>;
  bodyBase64: string;
}

// Node's http server writes these itself, per connection and per response.
const NOT_REPLAYED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);

/**
 * Fetches `path` once, uncompressed (the load generator does not ask for compression either),
 * and returns the response as the ceiling server will replay it.
 */
export function captureResponse(origin: string, path: string, headers: Record<string, string>): Promise<CapturedResponse> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, origin), { headers: { ...headers, 'accept-encoding': 'identity' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const kept: Record<string, string> = {};
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i]!;
          if (!NOT_REPLAYED.has(name.toLowerCase())) kept[name] = res.rawHeaders[i + 1]!;
        }
        resolve({ path, status: res.statusCode ?? 0, headers: kept, bodyBase64: Buffer.concat(chunks).toString('base64') });
      });
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${origin}${path} within 10 s`)));
    req.on('error', reject);
    req.end();
  });
}
