/**
 * Every reader page, rendered from the fixtures, must pass the Nu Html Checker (vnu.jar) with
 * no errors. The checker runs once over all pages because the JVM takes seconds to start.
 * Without java the suite says so and skips, except in CI, where it fails.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { renderHomePage } from '../../src/render/pages/home-page.js';
import { renderNotFoundPage } from '../../src/render/pages/not-found-page.js';
import { renderSectionPage } from '../../src/render/pages/section-page.js';
import { renderStoryPage } from '../../src/render/pages/story-page.js';
import * as fixtures from '../support/render-fixtures.js';
import { homePageWithHeadFixture, sectionPageWithHeadFixture, storyPageWithHeadFixture } from '../support/head-fixtures.js';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Each page the site can show, by file name. */
function renderAllPages(): Record<string, string> {
  return {
    'story.html': renderStoryPage(fixtures.storyPageFixture()),
    'story-bare.html': renderStoryPage(fixtures.bareStoryPageFixture()),
    'story-arabic.html': renderStoryPage(fixtures.arabicStoryPageFixture()),
    // With feed links, sharing meta and JSON-LD in the head.
    'story-head.html': renderStoryPage(storyPageWithHeadFixture()),
    'section-head.html': renderSectionPage(sectionPageWithHeadFixture()),
    'home-head.html': renderHomePage(homePageWithHeadFixture()),
    'home.html': renderHomePage(fixtures.homePageFixture()),
    'home-empty.html': renderHomePage(fixtures.emptyHomePageFixture()),
    'section-topic.html': renderSectionPage(fixtures.sectionPageFixture()),
    'section-empty.html': renderSectionPage(fixtures.emptySectionPageFixture()),
    'section-archive.html': renderSectionPage(fixtures.archivePageFixture()),
    'section-type.html': renderSectionPage(fixtures.typePageFixture()),
    'not-found.html': renderNotFoundPage(fixtures.notFoundPageFixture()),
    'not-found-arabic.html': renderNotFoundPage(fixtures.arabicNotFoundPageFixture()),
  };
}

function javaAvailable(): boolean {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}

const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

describe('reader pages are valid HTML', () => {
  const haveJava = javaAvailable();
  if (!haveJava && !process.env.CI) {
    it('needs java to run the Nu Html Checker', (t) => t.skip('java is not installed: HTML validity not checked'));
    return;
  }

  it('the Nu Html Checker reports no errors on any page', () => {
    assert.ok(haveJava, 'java is required in CI to check HTML validity');
    const dir = mkdtempSync(join(tmpdir(), 'dateline-html-'));
    try {
      const files = Object.entries(renderAllPages()).map(([name, html]) => {
        const path = join(dir, name);
        writeFileSync(path, html);
        return path;
      });
      const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(run.error, undefined, `vnu did not run: ${run.error?.message}`);
      // vnu writes its JSON report to stderr; exit status 1 only means it found errors.
      const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
      const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error');
      const described = errors.map((m) => `${(m.url ?? '').split('/').pop()}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract}` : ''}`);
      assert.deepEqual(described, [], `vnu found errors:\n${described.join('\n')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
