/**
 * `npm run bench`: Dateline's requests/s and latency on a few pages, each next to its ceiling,
 * a bare node:http server sending the same bytes. Servers run in child processes (pinned to
 * another core than this load generator when possible); figures are printed, never asserted.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureResponse, type CapturedResponse } from './captured-response.js';
import { pinLoadGenerator, startChildServer, type ChildServer } from './child-server.js';
import { createDataSet, type DataSet } from './data-set.js';
import { heroDownloads, sizeOf } from './hero-bytes.js';
import { LOAD, measure, type LoadFigures } from './load.js';

const HERE = dirname(fileURLToPath(import.meta.url));

interface Target {
  name: string;
  path: string;
  headers: Record<string, string>;
}

interface Row {
  target: Target;
  captured: CapturedResponse;
  ours: LoadFigures;
  ceiling: LoadFigures;
}

function targetsOf(data: DataSet): Target[] {
  return [
    { name: 'story page (with hero image)', path: data.storyPath, headers: {} },
    { name: 'home page', path: '/en/', headers: {} },
    // The file a 360 px phone at 2× fetches for that hero (filled in once the page is read).
    { name: 'hero image, phone variant', path: '', headers: {} },
    {
      name: 'Admin API story list',
      path: '/api/admin/v1/stories?limit=15',
      headers: { authorization: `Bearer ${data.adminKey}` },
    },
  ];
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`Dateline benchmark: ${LOAD.connections} connections, ${LOAD.warmUpSeconds} s warm-up + ${LOAD.seconds} s per run, loopback`);
  // Counted before pinning, which narrows what this process may use to one CPU.
  const cpus = availableParallelism();
  console.log(pinLoadGenerator());
  // Other work on the machine skews every figure; say how busy it was.
  console.log(`${cpus} CPUs, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')} before the run`);

  const data = await createDataSet();
  const children: ChildServer[] = [];
  try {
    console.log(`data set: ${data.storyCount} published stories in ${data.databaseUrl}`);
    const server = await startChildServer(join(HERE, 'server-process.js'), [data.databaseUrl, data.mediaDir]);
    children.push(server);
    const idleRss = server.rss();
    console.log(`server pid ${server.pid} at ${server.address}`);

    const storyHtml = Buffer.from((await captureResponse(server.address, data.storyPath, {})).bodyBase64, 'base64').toString('utf8');
    const downloads = await heroDownloads(server.address, storyHtml);
    const heroPath = /<figure class="hero">[\s\S]*?<source type="image\/avif" srcset="([^"]+)"/.exec(storyHtml)?.[1]?.split(',').map((c) => c.trim().split(/\s+/)[0]!);
    const phoneFile = downloads.find((d) => d.label.includes('2×, AVIF'))?.file;
    const targets = targetsOf(data)
      .map((t) => (t.name.startsWith('hero image') ? { ...t, path: heroPath?.find((p) => p.endsWith(`/${phoneFile}`)) ?? '' } : t))
      .filter((t) => t.path !== '');
    const captured: CapturedResponse[] = [];
    for (const target of targets) {
      const response = await captureResponse(server.address, target.path, target.headers);
      if (response.status !== 200) console.log(`note: ${target.name} (${target.path}) answered ${response.status}`);
      captured.push(response);
    }
    const responsesFile = join(dirname(data.databaseUrl.slice('sqlite:'.length)), 'responses.json');
    writeFileSync(responsesFile, JSON.stringify(captured));
    const ceiling = await startChildServer(join(HERE, 'ceiling-server.js'), [responsesFile]);
    children.push(ceiling);
    await checkSameBytes(ceiling.address, captured);

    const rows: Row[] = [];
    for (const [i, target] of targets.entries()) {
      process.stdout.write(`measuring ${target.name} …\n`);
      const ours = await measure(server.address + target.path, target.headers);
      const bare = await measure(ceiling.address + target.path, target.headers);
      rows.push({ target, captured: captured[i]!, ours, ceiling: bare });
    }
    const busyRss = server.rss();

    console.log('');
    printTable(rows);
    console.log('');
    console.log(`server RSS: ${mb(idleRss)} after start, ${mb(busyRss)} after the run (ceiling server: ${mb(ceiling.rss())})`);
    if (data.hero) {
      const original = await sizeOf(server.address, data.hero.originalPath);
      console.log('');
      console.log(`hero image of the story page: original ${data.hero.width} × ${data.hero.height}, ${kb(original)}; what a reader downloads:`);
      for (const d of downloads) console.log(`  ${d.label}: ${d.file}, ${kb(d.bytes)} (${((100 * d.bytes) / original).toFixed(1)} % of the original)`);
    }
    const failures = rows.filter((r) => r.ours.failures > 0 || r.ceiling.failures > 0);
    for (const r of failures) {
      console.log(`warning: ${r.target.name} had ${r.ours.failures} failed responses (ceiling: ${r.ceiling.failures})`);
    }
    if (rows.some((r) => r.ours.requestsPerSecond >= 0.9 * r.ceiling.requestsPerSecond)) {
      console.log('note: a ratio near or above 100 % means both servers outran the load generator; compare those rows by p99');
    }
    console.log(`total time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    for (const child of children.reverse()) await child.stop();
    data.remove();
  }
}

/** Makes sure the ceiling sends what our server sent, or the comparison means nothing. */
async function checkSameBytes(origin: string, captured: CapturedResponse[]): Promise<void> {
  for (const ours of captured) {
    const replayed = await captureResponse(origin, ours.path, {});
    if (replayed.status !== ours.status || replayed.bodyBase64 !== ours.bodyBase64) {
      throw new Error(`the ceiling server does not replay ${ours.path} faithfully`);
    }
  }
}

function printTable(rows: Row[]): void {
  const header = ['target', 'req/s', 'p50', 'p99', 'ceiling req/s', 'ratio', 'bytes'];
  const body = rows.map((r) => [
    r.target.name,
    r.ours.requestsPerSecond.toFixed(0),
    `${r.ours.p50} ms`,
    `${r.ours.p99} ms`,
    r.ceiling.requestsPerSecond.toFixed(0),
    `${((100 * r.ours.requestsPerSecond) / r.ceiling.requestsPerSecond).toFixed(0)} %`,
    String(Buffer.from(r.captured.bodyBase64, 'base64').length),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function mb(bytes: number | undefined): string {
  return bytes === undefined ? 'unknown' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
