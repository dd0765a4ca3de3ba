/**
 * Stories as Ghost posts, with the fields Ghost's clients and themes read. What Dateline does
 * not have (code injection, custom templates, per-post social images) is null, as in a Ghost
 * post that leaves them unset. `lang` is ours: Ghost has no language per post.
 */
import { createHash } from 'node:crypto';
import type { Story, StorySummary, StoryType } from '../../domain/story.js';
import { htmlToPlaintext, readingMinutes, storyHtml } from '../story-content.js';
import { presentGhostAuthor, type GhostAuthorJson } from './ghost-author.js';
import { storyGhostTags, type GhostTagJson } from './ghost-tag.js';

/** A post as Ghost's Content API returns it (fields may be left out by `fields=`). */
export interface GhostPostJson {
  id: string;
  uuid: string;
  title: string;
  slug: string;
  html?: string;
  plaintext?: string;
  comment_id: string;
  feature_image: string | null;
  feature_image_alt: string | null;
  feature_image_caption: string | null;
  featured: boolean;
  visibility: 'public';
  created_at: string;
  updated_at: string;
  published_at: string;
  custom_excerpt: string | null;
  codeinjection_head: null;
  codeinjection_foot: null;
  custom_template: null;
  canonical_url: null;
  url: string;
  excerpt: string;
  reading_time: number;
  access: true;
  comments: false;
  og_image: null;
  og_title: null;
  og_description: null;
  twitter_image: null;
  twitter_title: null;
  twitter_description: null;
  meta_title: null;
  meta_description: null;
  email_subject: null;
  frontmatter: null;
  lang: string;
  tags?: GhostTagJson[];
  authors?: GhostAuthorJson[];
  primary_tag?: GhostTagJson | null;
  primary_author?: GhostAuthorJson | null;
}

/** How posts are presented for one request. */
export interface GhostPostOptions {
  siteUrl: string;
  /** `include=tags`, `include=authors`. */
  include: { tags: boolean; authors: boolean };
  /** `formats=`: html by default, plaintext on request. */
  formats: { html: boolean; plaintext: boolean };
  /** The stable id of a story type's internal tag (domain/story-type-id.ts). */
  typeId: (type: StoryType) => string;
  /** The path of a story (domain storyPath). */
  path: (story: StorySummary) => string;
  /** The story's feature image (its hero: absolute URL, alt text, caption), or null. */
  featureImage?: (story: StorySummary) => { url: string; alt: string | null; caption: string | null } | null;
}

const EXCERPT_LENGTH = 500;

/** A story (with its body when html, plaintext, excerpt or reading time are wanted) as a Ghost post. */
export function presentGhostPost(story: StorySummary & Partial<Pick<Story, 'body' | 'corrections'>>, options: GhostPostOptions): GhostPostJson {
  const html = story.body === undefined ? '' : storyHtml({ ...story, body: story.body }, options.siteUrl);
  const plaintext = htmlToPlaintext(html);
  const image = options.featureImage?.(story) ?? null;
  const post: GhostPostJson = {
    id: story.id,
    uuid: uuidOf(story.id),
    title: story.headline,
    slug: story.slug,
    comment_id: story.id,
    feature_image: image?.url ?? null,
    feature_image_alt: image?.alt ?? null,
    feature_image_caption: image?.caption ?? null,
    featured: story.featured,
    visibility: 'public',
    created_at: ghostDate(story.createdAt),
    updated_at: ghostDate(story.updatedAt),
    published_at: ghostDate(story.publishedAt ?? story.createdAt),
    custom_excerpt: story.standfirst === '' ? null : story.standfirst,
    codeinjection_head: null,
    codeinjection_foot: null,
    custom_template: null,
    canonical_url: null,
    url: `${options.siteUrl}${options.path(story)}`,
    excerpt: story.standfirst !== '' ? story.standfirst : plaintext.slice(0, EXCERPT_LENGTH),
    reading_time: readingMinutes(plaintext, story.lang),
    access: true,
    comments: false,
    og_image: null,
    og_title: null,
    og_description: null,
    twitter_image: null,
    twitter_title: null,
    twitter_description: null,
    meta_title: null,
    meta_description: null,
    email_subject: null,
    frontmatter: null,
    lang: story.lang,
  };
  if (options.formats.html) post.html = html;
  if (options.formats.plaintext) post.plaintext = plaintext;
  if (options.include.tags) {
    post.tags = storyGhostTags(story, options.siteUrl, options.typeId);
    post.primary_tag = post.tags.find((tag) => tag.visibility === 'public') ?? null;
  }
  if (options.include.authors) {
    post.authors = story.authors.map((a) => presentGhostAuthor(a, story.lang, options.siteUrl));
    post.primary_author = post.authors[0] ?? null;
  }
  return post;
}

/** A date as Ghost writes them: ISO 8601 with milliseconds and an explicit UTC offset. */
export function ghostDate(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

/** A stable UUID for a story, name-based (version 5 layout) on its id, since Ghost posts have one. */
function uuidOf(id: string): string {
  const h = createHash('sha1').update(`dateline:story:${id}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
