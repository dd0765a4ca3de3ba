import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storyCacheTags } from './events.js';

describe('storyCacheTags', () => {
  const story = {
    id: 's1',
    lang: 'fr',
    type: 'news',
    publishedAt: new Date('2026-02-28T23:59:00Z'),
    topics: [{ slug: 'climate' }],
    regions: [{ slug: 'africa' }, { slug: 'europe' }],
    tags: [{ slug: 'floods' }],
    authors: [{ slug: 'amina-diallo' }],
  };

  it('tags the story, its language home, type, sections, authors and month', () => {
    assert.deepEqual(storyCacheTags(story), [
      'story:s1',
      'home:fr',
      'type:fr:news',
      'topic:fr:climate',
      'region:fr:africa',
      'region:fr:europe',
      'tag:fr:floods',
      'author:fr:amina-diallo',
      'archive:fr:2026-02',
    ]);
  });

  it('has no archive tag for a story never published', () => {
    assert.ok(!storyCacheTags({ ...story, publishedAt: null }).some((t) => t.startsWith('archive:')));
  });
});
