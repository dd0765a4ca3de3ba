/**
 * The ceiling: the least a Node server can do to answer the benchmark's URLs, a bare
 * `node:http` server replaying responses captured from Dateline byte for byte.
 * `node dist/bench/ceiling-server.js <responses.json>`; prints `{"address": …}` once listening.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CapturedResponse } from './captured-response.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: ceiling-server <responses.json>');
  process.exit(2);
}
const captured = JSON.parse(readFileSync(file, 'utf8')) as CapturedResponse[];
const byPath = new Map(captured.map((r) => [r.path, { ...r, body: Buffer.from(r.bodyBase64, 'base64') }]));

const server = createServer((request, response) => {
  const found = byPath.get(request.url ?? '');
  if (!found) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(found.status, { ...found.headers, 'content-length': String(found.body.length) });
  response.end(found.body);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ address: `http://127.0.0.1:${port}` })}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
