import autocannon from 'autocannon';

/** What one load run measured. */
export interface LoadFigures {
  requestsPerSecond: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  /** Responses that were not 2xx, errors and timeouts together. */
  failures: number;
}

/** Load settings shared by every target: loopback only, bounded in time and connections. */
export const LOAD = Object.freeze({ connections: 10, seconds: 5, warmUpSeconds: 2 });

/** Warms `url` up, then loads it for {@link LOAD}.seconds and returns the figures. */
export async function measure(url: string, headers: Record<string, string>): Promise<LoadFigures> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url)) throw new Error(`refusing to load a non-loopback URL: ${url}`);
  const base = { url, headers, connections: LOAD.connections, timeout: 10 };
  await autocannon({ ...base, duration: LOAD.warmUpSeconds });
  const result = await autocannon({ ...base, duration: LOAD.seconds });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
