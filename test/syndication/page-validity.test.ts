/**
 * The reader pages as the server sends them (with feed links, sharing meta and JSON-LD in the
 * head) through the Nu Html Checker, one call for all pages. Without java the suite says so
 * and skips, except in CI, where it fails.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { httpGet, startSyndicationSite, type SyndicationSite } from './syndication-site.js';

const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const haveJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

describe('served reader pages are valid HTML', () => {
  if (!haveJava && !process.env.CI) {
    it('needs java to run the Nu Html Checker', (t) => t.skip('java is not installed: HTML validity not checked'));
    return;
  }
  let site: SyndicationSite;
  before(async () => {
    site = await startSyndicationSite();
  });
  after(() => site.close());

  it('the Nu Html Checker reports no errors on any page', async () => {
    assert.ok(haveJava, 'java is required in CI to check HTML validity');
    const { sahel, sahelFr, arabic } = site.stories;
    const paths = [
      '/en/',
      '/ar/',
      `/en/story/2026/03/${sahel.slug}`,
      `/fr/story/2026/04/${encodeURIComponent(sahelFr.slug)}`,
      `/ar/story/2026/04/${encodeURIComponent(arabic.slug)}`,
      '/en/topic/climate',
      '/en/region/africa',
      '/en/tag/rain',
      '/en/type/interview',
      '/en/author/amara-okafor',
      '/en/archive/2026/03',
    ];
    const dir = mkdtempSync(join(tmpdir(), 'dateline-pages-'));
    try {
      const files: string[] = [];
      for (const [i, path] of paths.entries()) {
        const res = await httpGet(site, path);
        assert.equal(res.status, 200, path);
        const file = join(dir, `page-${i}.html`);
        writeFileSync(file, await res.text());
        files.push(file);
      }
      const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(run.error, undefined, `vnu did not run: ${run.error?.message}`);
      const report = JSON.parse(run.stderr) as { messages: Array<{ type: string; subType?: string; url?: string; lastLine?: number; message: string }> };
      const errors = report.messages
        .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
        .map((m) => `${paths[Number(/page-(\d+)/.exec(m.url ?? '')?.[1])]}:${m.lastLine ?? '?'}: ${m.message}`);
      assert.deepEqual(errors, [], `vnu found errors:\n${errors.join('\n')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
