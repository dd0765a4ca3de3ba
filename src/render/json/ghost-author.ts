/** Bylines as Ghost authors. */
import type { Author } from '../../domain/story.js';

/** An author as Ghost's Content API returns it. */
export interface GhostAuthorJson {
  id: string;
  name: string;
  slug: string;
  profile_image: null;
  cover_image: null;
  bio: string | null;
  website: null;
  location: null;
  facebook: null;
  twitter: null;
  meta_title: null;
  meta_description: null;
  url: string;
  count?: { posts: number };
}

/** An author as a Ghost author; `url` is their page in `lang` on `siteUrl`. */
export function presentGhostAuthor(author: Author, lang: string, siteUrl: string, posts?: number): GhostAuthorJson {
  const json: GhostAuthorJson = {
    id: author.id,
    name: author.name,
    slug: author.slug,
    profile_image: null,
    cover_image: null,
    bio: author.bio === '' ? null : author.bio,
    website: null,
    location: null,
    facebook: null,
    twitter: null,
    meta_title: null,
    meta_description: null,
    url: `${siteUrl}/${lang}/author/${encodeURIComponent(author.slug)}`,
  };
  if (posts !== undefined) json.count = { posts };
  return json;
}
