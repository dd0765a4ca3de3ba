/**
 * View models of the media library's admin pages and of the editor's hero image panel:
 * everything they show, loaded and typed (see admin-view-models.ts for the conventions).
 */
import type { AdminChrome, AdminNotice, AdminOption, AdminPagination } from './admin-view-models.js';

/** A small picture in the admin: a site-relative URL and its size. */
export interface AdminThumbnail {
  src: string;
  width: number;
  height: number;
  /** The alt text in the UI's language (or the first there is); empty when it has none. */
  alt: string;
}

/** A picture in the library grid. */
export interface MediaCardModel {
  href: string;
  filename: string;
  credit: string;
  thumbnail: AdminThumbnail;
  useCount: number;
  /** The site's languages it has no alt text in. */
  missingAlt: string[];
}

/** `/admin/media`: upload, search and the grid. */
export interface MediaLibraryModel {
  chrome: AdminChrome;
  notice: AdminNotice | null;
  /** Where the upload form posts (multipart). */
  uploadAction: string;
  /** The upload limit in words ("25 MB"). */
  uploadLimit: string;
  /** Where the search form gets. */
  searchAction: string;
  filters: { q: string; format: string; used: string; missingAlt: string };
  formats: AdminOption[];
  languages: AdminOption[];
  total: number;
  cards: MediaCardModel[];
  pagination: AdminPagination;
}

/** `/admin/media/{id}`: one picture, its description form, where it is used, delete. */
export interface MediaItemModel {
  chrome: AdminChrome;
  notice: AdminNotice | null;
  backHref: string;
  filename: string;
  preview: AdminThumbnail;
  facts: { width: number; height: number; size: string; format: string };
  uploadedAt: Date;
  uploadedBy: string;
  /** Where the description form posts. */
  action: string;
  /** One alt and one caption field per site language. */
  languages: Array<{ code: string; label: string; alt: string; caption: string }>;
  credit: string;
  source: string;
  focalPoint: { x: number; y: number };
  /** Sizes made for phones and screens (0 while the job has not run). */
  variantCount: number;
  uses: Array<{ href: string; headline: string; lang: string; status: string }>;
  /** Where the delete form posts; null while a story uses it. */
  deleteAction: string | null;
  /** False when the person may not change this picture (a contributor, someone else's upload). */
  editable: boolean;
}

/** The editor's "Hero image" panel. */
export interface HeroPanelModel {
  /** Where the panel's form posts (multipart); null for a story not saved yet. */
  action: string | null;
  /** The id of the panel's form, which its controls name in their `form` attribute. */
  formId: string;
  editable: boolean;
  current: {
    id: string;
    filename: string;
    href: string;
    thumbnail: AdminThumbnail;
    /** The story's language, named, when the picture has no alt text in it. */
    missingAltIn: string | null;
  } | null;
  /** Pictures to choose from (newest first), the current one included. */
  choices: AdminOption[];
  caption: string;
  credit: string;
  /** The story's language and direction, for typing the caption. */
  lang: string;
}
