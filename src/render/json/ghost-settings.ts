/** The site as Ghost's `settings` resource describes it. */

/** What the settings are made from. */
export interface GhostSettingsInput {
  title: string;
  description: string;
  /** The default language. */
  lang: string;
  siteUrl: string;
  logoUrl: string;
  coverImageUrl: string;
  /** Sections for a front-end's menu: label and site-relative path. */
  navigation: Array<{ label: string; url: string }>;
}

/** Ghost's settings object. */
export function presentGhostSettings(input: GhostSettingsInput): Record<string, unknown> {
  return {
    title: input.title,
    description: input.description,
    logo: input.logoUrl,
    icon: input.logoUrl,
    accent_color: '#0b4f8a',
    cover_image: input.coverImageUrl,
    facebook: null,
    twitter: null,
    lang: input.lang,
    locale: input.lang,
    timezone: 'Etc/UTC',
    codeinjection_head: null,
    codeinjection_foot: null,
    navigation: input.navigation,
    secondary_navigation: [],
    meta_title: null,
    meta_description: null,
    og_image: null,
    og_title: null,
    og_description: null,
    twitter_image: null,
    twitter_title: null,
    twitter_description: null,
    members_support_address: null,
    members_enabled: false,
    allow_self_signup: false,
    paid_members_enabled: false,
    comments_enabled: 'off',
    url: `${input.siteUrl}/`,
  };
}
