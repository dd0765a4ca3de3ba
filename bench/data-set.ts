/**
 * The benchmark's data set: a fresh SQLite database holding the demo newsroom (written through
 * the same services as real content) and an admin API key for the Admin API target.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { mediaPath, originalName } from '../src/domain/media.js';
import { storyPath } from '../src/domain/story.js';
import { openRuntime } from '../src/main.js';
import { createApiKey } from '../src/services/api-keys.js';
import { getMedia } from '../src/services/get-media.js';
import { listPublishedStories } from '../src/services/list-published-stories.js';
import { writeDemoContent } from '../src/services/write-demo-content.js';

/** Where the data set is and what the targets need from it. */
export interface DataSet {
  databaseUrl: string;
  /** Where the media library's files are (the server must be given it too). */
  mediaDir: string;
  /** Path of a published story page. */
  storyPath: string;
  /** An admin API key, for `Authorization: Bearer`. */
  adminKey: string;
  storyCount: number;
  /** The story page's hero image: its stored original (path and size). */
  hero: { originalPath: string; originalBytes: number; width: number; height: number } | null;
  /** Deletes the database. */
  remove(): void;
}

/** Writes the data set into a new temporary directory. */
export async function createDataSet(): Promise<DataSet> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const databaseUrl = `sqlite:${join(dir, 'bench.db')}`;
  const mediaDir = join(dir, 'media');
  const runtime = await openRuntime(loadConfig({ DATELINE_DATABASE_URL: databaseUrl, DATELINE_MEDIA_DIR: mediaDir, DATELINE_LOG_LEVEL: 'silent' }));
  try {
    const ctx = runtime.contextFor();
    const counts = await writeDemoContent(ctx, new Date());
    // The background work the demo queued (image variants, analysis) is done before measuring,
    // as on a site that has been running: the server's own runner must not compete with the load.
    await runtime.jobs.runDueJobs();
    const { key } = await createApiKey(ctx, { name: 'benchmark', scope: 'admin' });
    // The newest published story: the page readers open most.
    const { items, total } = await listPublishedStories(ctx, { lang: 'en', page: 1, limit: 1 });
    const story = items[0];
    if (!story) throw new Error('the demo content wrote no published story');
    const hero = story.heroMediaId ? (await getMedia(ctx, story.heroMediaId)).media : null;
    return {
      databaseUrl,
      mediaDir,
      hero: hero && { originalPath: mediaPath(hero.hash, originalName(hero.format)), originalBytes: hero.bytes, width: hero.width, height: hero.height },
      storyPath: storyPath(story),
      adminKey: key,
      storyCount: Math.max(total, counts.stories),
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  } finally {
    await runtime.close();
  }
}
