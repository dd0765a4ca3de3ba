/**
 * Topics, regions, tags and story types as Ghost tags. Topics and tags are public tags with
 * their own slugs (a topic and a tag with the same slug are one Ghost tag). Regions and story
 * types are internal tags, Ghost's `#` convention: named `#Region: Africa`, slugged
 * `hash-region-africa`, and `hash-type-interview` for a type. store/story-query.ts reads
 * these slugs back in filters.
 */
import type { StoryType, Term } from '../../domain/story.js';
import { storyTypeKey, t } from '../i18n/messages.js';

/** A tag as Ghost's Content API returns it. */
export interface GhostTagJson {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  feature_image: null;
  visibility: 'public' | 'internal';
  og_image: null;
  og_title: null;
  og_description: null;
  twitter_image: null;
  twitter_title: null;
  twitter_description: null;
  meta_title: null;
  meta_description: null;
  codeinjection_head: null;
  codeinjection_foot: null;
  canonical_url: null;
  accent_color: null;
  url: string;
  count?: { posts: number };
}

/** A term, or a story type, as Ghost tag material. */
export interface GhostTagSource {
  id: string;
  kind: Term['kind'] | 'type';
  slug: string;
  names: Readonly<Record<string, string>>;
}

/** The Ghost slug of a term: its own for topics and tags, `hash-region-…` and `hash-type-…` for the internal ones. */
export function ghostTagSlug(source: Pick<GhostTagSource, 'kind' | 'slug'>): string {
  if (source.kind === 'region') return `hash-region-${source.slug}`;
  if (source.kind === 'type') return `hash-type-${source.slug}`;
  return source.slug;
}

/** A term as a Ghost tag, named in `lang`, its `url` the section page in `lang` on `siteUrl`. */
export function presentGhostTag(source: GhostTagSource, lang: string, siteUrl: string, posts?: number): GhostTagJson {
  const name = termLabel(source, lang);
  const internal = source.kind === 'region' || source.kind === 'type';
  const json: GhostTagJson = {
    id: source.id,
    name: source.kind === 'region' ? `#Region: ${name}` : source.kind === 'type' ? `#Type: ${name}` : name,
    slug: ghostTagSlug(source),
    description: null,
    feature_image: null,
    visibility: internal ? 'internal' : 'public',
    og_image: null,
    og_title: null,
    og_description: null,
    twitter_image: null,
    twitter_title: null,
    twitter_description: null,
    meta_title: null,
    meta_description: null,
    codeinjection_head: null,
    codeinjection_foot: null,
    canonical_url: null,
    accent_color: null,
    url: `${siteUrl}/${lang}/${source.kind}/${encodeURIComponent(source.slug)}`,
  };
  if (posts !== undefined) json.count = { posts };
  return json;
}

/** The Ghost tags of a story, public ones first (topics, then tags), then its regions and type. */
export function storyGhostTags(
  story: { lang: string; type: StoryType; topics: Term[]; regions: Term[]; tags: Term[] },
  siteUrl: string,
  typeId: (type: StoryType) => string,
): GhostTagJson[] {
  const seen = new Set<string>();
  const out: GhostTagJson[] = [];
  const sources: GhostTagSource[] = [...story.topics, ...story.tags, ...story.regions, { id: typeId(story.type), kind: 'type', slug: story.type, names: {} }];
  for (const source of sources) {
    const tag = presentGhostTag(source, story.lang, siteUrl);
    if (seen.has(tag.slug)) continue;
    seen.add(tag.slug);
    out.push(tag);
  }
  return out;
}

function termLabel(source: GhostTagSource, lang: string): string {
  if (source.kind === 'type') {
    const key = storyTypeKey(source.slug);
    return key ? t(lang, key) : source.slug;
  }
  return source.names[lang] ?? source.names.en ?? Object.values(source.names)[0] ?? source.slug;
}
