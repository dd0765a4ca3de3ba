/**
 * The Dateline server as the benchmark runs it, in a process of its own:
 * `node dist/bench/server-process.js <database-url> <media-dir>`. It starts the real server through
 * main.ts on a free loopback port and prints `{"address": …}` on one line once listening.
 */
import { loadConfig } from '../src/config/config.js';
import { openRuntime, serve } from '../src/main.js';

const databaseUrl = process.argv[2];
const mediaDir = process.argv[3];
if (!databaseUrl || !mediaDir) {
  console.error('usage: server-process <database-url> <media-dir>');
  process.exit(2);
}
// Request logs at info level would measure the log pipe, not the server.
const config = loadConfig({ DATELINE_DATABASE_URL: databaseUrl, DATELINE_MEDIA_DIR: mediaDir, PORT: '0', HOST: '127.0.0.1', DATELINE_LOG_LEVEL: 'warn' });
const runtime = await openRuntime(config);
const { address } = await serve(runtime);
process.stdout.write(`${JSON.stringify({ address })}\n`);
