/**
 * The admin UI's words, by key. Pages use keys, never literal UI text, so a new language is
 * one more catalogue in `catalogues`. A missing message falls back to English, key by key.
 * Placeholders are `{name}`; `adminTextParts` puts elements (a link, a `<time>`) where a
 * placeholder stands, so word order stays the translator's choice.
 */
import { adminAr } from './admin-catalogues/ar.js';
import { adminEs } from './admin-catalogues/es.js';
import { adminFr } from './admin-catalogues/fr.js';
import { adminRu } from './admin-catalogues/ru.js';
import { adminZh } from './admin-catalogues/zh.js';
import { fillPlaceholders, splitAtPlaceholders, textDirection } from './messages.js';

/** The English catalogue: every key the admin UI uses, and the reference for translators. */
export const adminEn = {
  'app.name': '{siteName} admin',
  'title.page': '{title} — {siteName} admin',
  'skip.toContent': 'Skip to content',
  'nav.label': 'Admin',
  'nav.dashboard': 'Dashboard',
  'nav.stories': 'Stories',
  'nav.newStory': 'New story',
  'nav.translations': 'Translations',
  'nav.users': 'Users',
  'nav.audit': 'Audit log',
  'nav.media': 'Media',
  'nav.account': 'Account',
  'nav.signOut': 'Sign out',
  'nav.signedInAs': 'Signed in as {name} ({role})',

  'role.contributor': 'contributor',
  'role.editor': 'editor',
  'role.admin': 'admin',

  'status.draft': 'Draft',
  'status.in_review': 'In review',
  'status.scheduled': 'Scheduled',
  'status.published': 'Published',
  'status.unpublished': 'Unpublished',

  'type.news': 'News',
  'type.feature': 'Feature',
  'type.interview': 'Interview',
  'type.audio': 'Audio',
  'type.photo': 'Photo',
  'type.brief': 'Brief',

  'dashboard.title': 'Dashboard',
  'dashboard.myDrafts': 'My drafts',
  'dashboard.inReview': 'In review',
  'dashboard.scheduled': 'Scheduled',
  'dashboard.recentlyPublished': 'Recently published',
  'dashboard.empty.myDrafts': 'You have no drafts.',
  'dashboard.empty.inReview': 'Nothing is waiting for review.',
  'dashboard.empty.scheduled': 'Nothing is scheduled.',
  'dashboard.empty.recentlyPublished': 'Nothing has been published yet.',
  'dashboard.more': 'See all',
  'dashboard.moreLabel': 'See all: {list}',
  'dashboard.newStory': 'Write a new story',

  'list.title': 'Stories',
  'list.filters': 'Filter stories',
  'list.status': 'Status',
  'list.language': 'Language',
  'list.type': 'Type',
  'list.topic': 'Topic',
  'list.author': 'Author',
  'list.search': 'Search headlines',
  'list.mine': 'Only stories I started',
  'list.any': 'Any',
  'list.apply': 'Apply filters',
  'list.clear': 'Clear filters',
  'list.caption': 'Stories, most recently updated first',
  'list.count': '{total} stories',
  'list.count.one': '1 story',
  'list.empty': 'No stories match these filters.',
  'list.col.headline': 'Headline',
  'list.col.status': 'Status',
  'list.col.language': 'Language',
  'list.col.updated': 'Updated',
  'list.col.author': 'Author',
  'list.noAuthor': 'No byline',
  'list.scheduledFor': 'for {date}',

  'pagination.label': 'Pages',
  'pagination.status': 'Page {page} of {pages}',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',

  'editor.titleNew': 'New story',
  'editor.titleEdit': 'Edit: {headline}',
  'editor.headingNew': 'New story',
  'editor.headingEdit': 'Edit story',
  'editor.meta': 'Revision {revision}, last saved {date}',
  'editor.embargoedUntil': 'Embargoed until {date}',
  'editor.viewPublic': 'View on the site',
  'editor.history': 'Revision history',
  'editor.language': 'Language',
  'editor.headline': 'Headline',
  'editor.standfirst': 'Standfirst',
  'editor.standfirstHint': 'One or two sentences under the headline that say what the story is.',
  'editor.body': 'Body',
  'editor.bodyHint': 'Markdown: **bold**, *italic*, [link](https://…), ## heading, > quote, - list.',
  'editor.datelinePlace': 'Dateline place',
  'editor.datelinePlaceHint': 'Where the story was reported from, such as GENEVA.',
  'editor.type': 'Type',
  'editor.topics': 'Topics',
  'editor.regions': 'Regions',
  'editor.tags': 'Tags',
  'editor.authors': 'Authors',
  'editor.slugsHint': 'Names or slugs, separated by commas.',
  'editor.slugsHintChoices': 'Names or slugs, separated by commas. Available: {choices}.',
  'editor.embargoUntil': 'Embargo until',
  'editor.embargoHint': 'An embargoed story cannot go public before that time. Leave the field empty for no embargo.',
  'editor.scheduleFor': 'Schedule for',
  'editor.timeHint': 'Date and time in UTC.',
  'editor.timeHintLocal': 'Date and time in your time zone ({zone}).',
  'editor.comment': 'Comment',
  'editor.commentHint': 'Tell the writer what to change; they see this above the story.',
  'editor.correction': 'Correction',
  'editor.correctionHint': 'Shown to readers as "Correction (date): …" under the story.',
  'editor.fields': 'Story',
  'editor.filing': 'Filing',
  'editor.timing': 'Timing',
  'editor.workflow': 'Workflow',
  'editor.publishedCorrections': 'Published corrections',
  'editor.preview': 'Preview',
  'editor.previewHint': 'How the body will read on the site.',
  'editor.previewEmpty': 'The preview appears here as you write.',
  'editor.toolbar': 'Formatting',
  'editor.tool.bold': 'Bold',
  'editor.tool.italic': 'Italic',
  'editor.tool.link': 'Link',
  'editor.tool.heading': 'Heading',
  'editor.tool.quote': 'Quote',
  'editor.tool.list': 'List',
  'editor.sentBack': 'Sent back by {by} on {date}',
  'editor.sentBackHeading': 'Changes requested',
  'editor.noActions': 'You cannot change this story in its current state.',
  'editor.saved': 'Saved as revision {revision}.',
  'editor.unchanged': 'Nothing had changed, so no new revision was made.',
  'editor.created': 'Story created. Keep writing; it is saved as a draft.',
  'editor.submitted': 'Submitted for review. An editor will look at it.',
  'editor.sentBackDone': 'Sent back to the writer with your comment.',
  'editor.scheduledDone': 'Scheduled. It will be published at the time you set.',
  'editor.unscheduledDone': 'No longer scheduled; the story is back in review.',
  'editor.publishedDone': 'Published. It is on the site now.',
  'editor.unpublishedDone': 'Unpublished. It is no longer on the site.',
  'editor.correctedDone': 'Correction added; readers see it under the story.',
  'editor.suggestionAccepted': 'Suggestion accepted.',
  'editor.suggestionRejected': 'Suggestion rejected; it will not be offered again for this story.',
  'suggestions.title': 'Suggestions',
  'suggestions.intro': 'What the analysis found in the text. Accept what is right; a rejected suggestion is not offered again for this story.',
  'suggestions.waiting': 'The text is being analysed; suggestions appear here shortly.',
  'suggestions.outdated': 'These suggestions come from an earlier revision; the latest text is being analysed.',
  'suggestions.none': 'Nothing left to decide.',
  'suggestions.kind.person': 'Person',
  'suggestions.kind.organisation': 'Organisation',
  'suggestions.kind.place': 'Place',
  'suggestions.kind.topic': 'Topic',
  'suggestions.kind.region': 'Region',
  'suggestions.accept': 'Accept',
  'suggestions.reject': 'Reject',
  'suggestions.acceptLabel': 'Accept {label}',
  'suggestions.rejectLabel': 'Reject {label}',
  'suggestions.decided': 'Decided ({count})',
  'suggestions.accepted': 'accepted',
  'suggestions.rejected': 'rejected',
  'editor.fixErrors': 'The story was not saved. Fix the fields marked below and try again.',
  'editor.conflictTitle': 'Somebody else saved this story while you were editing',
  'editor.conflictText':
    '{by} saved revision {to} at {date}; you started from revision {from}. Your text is still in the fields below and nothing was saved. Compare the changes, keep what you need, then save again.',
  'editor.conflictChanges': 'What changed in revision {to}',
  'editor.conflictNoChanges': 'The headline, standfirst and body are the same; the filing, status or timing changed.',
  'editor.autosaveIdle': 'Changes are saved automatically a few seconds after you stop typing.',
  'editor.autosaveNew': 'Your text is kept in this browser until you save the story.',
  'editor.autosavePublished': 'This story is public: changes go live only when you press Save. Until then they are kept in this browser.',
  'editor.autosaving': 'Saving…',
  'editor.autosaved': 'Saved at {time}.',
  'editor.autosaveConflict':
    'Somebody else saved this story. Automatic saving has stopped; press Save to see what changed. Your text stays in this browser.',
  'editor.autosaveFailed': 'Could not save automatically: {reason}. Your text stays in this browser.',
  'editor.autosaveOffline': 'you are offline',
  'editor.autosaveNoAnswer': 'the server did not answer',
  'editor.restored': 'We brought back text you had not saved, from {time}.',
  'editor.discardRestored': 'Discard it',
  'editor.confirmPublish': 'Publish this story now? It appears on the site at once.',
  'editor.confirmUnpublish': 'Unpublish this story? It disappears from the site at once.',
  'editor.translations': 'Translations',
  'editor.translationSource': 'source',
  'editor.translationOutdated': 'older than the source',
  'editor.translationCurrent': 'this version',
  'editor.translateInto': 'Translate into',
  'editor.translateHint': 'Starts a draft in that language holding this version’s text to write over, with its filing and bylines.',
  'editor.translateStart': 'Start translation',
  'editor.translatedAll': 'This story exists in every language of the site.',
  'editor.translationStarted': 'Translation started. The fields hold the text it was made from: write the translation over it.',

  'action.save': 'Save',
  'action.submit': 'Submit for review',
  'action.send-back': 'Send back',
  'action.schedule': 'Schedule',
  'action.unschedule': 'Unschedule',
  'action.publish': 'Publish',
  'action.unpublish': 'Unpublish',
  'action.correct': 'Add correction',

  'field.headline': 'Headline',
  'field.standfirst': 'Standfirst',
  'field.body': 'Body',
  'field.datelinePlace': 'Dateline place',
  'field.type': 'Type',
  'field.topics': 'Topics',
  'field.regions': 'Regions',
  'field.tags': 'Tags',
  'field.authors': 'Authors',
  'field.status': 'Status',
  'field.slug': 'Address (slug)',
  'field.lang': 'Language',

  'revisions.title': 'Revisions of “{headline}”',
  'revisions.backToEditor': 'Back to the editor',
  'revisions.caption': 'Every saved revision, newest first',
  'revisions.col.revision': 'Revision',
  'revisions.col.when': 'Saved',
  'revisions.col.by': 'By',
  'revisions.col.note': 'Note',
  'revisions.col.status': 'Status',
  'revisions.col.actions': 'Actions',
  'revisions.view': 'View',
  'revisions.viewLabel': 'View revision {revision}',
  'revisions.restore': 'Restore',
  'revisions.restoreLabel': 'Restore revision {revision}',
  'revisions.confirmRestore': 'Restore revision {revision}? It becomes a new revision; nothing is deleted.',
  'revisions.current': 'Current',
  'revisions.compare': 'Compare two revisions',
  'revisions.from': 'From revision',
  'revisions.to': 'To revision',
  'revisions.compareButton': 'Show changes',
  'revisions.restored': 'Revision {from} restored as revision {revision}.',
  'revisions.oneTitle': 'Revision {revision} of “{headline}”',
  'revisions.oneMeta': 'Saved by {by} on {date}',
  'revisions.backToHistory': 'All revisions',
  'revisions.diffWithCurrent': 'Compare with the current revision',
  'revisions.diffTitle': 'Changes from revision {from} to {to}',
  'revisions.diffNone': 'These revisions have the same text.',
  'revisions.diffLegend': 'Added words are underlined, removed words are struck through.',
  'revisions.nextChange': 'Next change',
  'revisions.previousChange': 'Previous change',
  'revisions.added': 'added',
  'revisions.removed': 'removed',

  'users.title': 'Users',
  'users.caption': 'People who can sign in',
  'users.col.name': 'Name',
  'users.col.email': 'Email',
  'users.col.role': 'Role',
  'users.col.state': 'State',
  'users.col.actions': 'Actions',
  'users.active': 'Active',
  'users.disabled': 'Disabled',
  'users.you': 'you',
  'users.roleFor': 'Role of {name}',
  'users.changeRole': 'Change role',
  'users.changeRoleLabel': 'Change role for {name}',
  'users.disable': 'Disable',
  'users.disableLabel': 'Disable {name}',
  'users.confirmDisable': 'Disable {name}? They are signed out everywhere and cannot sign in again.',
  'users.add': 'Add a person',
  'users.email': 'Email',
  'users.name': 'Name',
  'users.role': 'Role',
  'users.password': 'Password',
  'users.passwordHint': 'At least 12 characters. Give it to them in person or by a safe channel.',
  'users.create': 'Add person',
  'users.created': '{name} can now sign in as {role}.',
  'users.roleChanged': '{name} is now {role}.',
  'users.disabledDone': '{name} is disabled and signed out everywhere.',
  'users.fixErrors': 'The person was not added. Fix the fields marked below.',

  'account.title': 'Account',
  'account.you': 'You are {name} ({email}), {role}.',
  'account.sessions': 'Where you are signed in',
  'account.caption': 'Your sessions, most recent first',
  'account.col.browser': 'Browser',
  'account.col.address': 'Address',
  'account.col.signedIn': 'Signed in',
  'account.col.lastSeen': 'Last seen',
  'account.col.actions': 'Actions',
  'account.unknownBrowser': 'Unknown browser',
  'account.browserOn': '{browser} on {system}',
  'account.unknownAddress': 'Unknown',
  'account.thisBrowser': 'This browser',
  'account.revoke': 'Sign out',
  'account.revokeLabel': 'Sign out the session of {browser}, last seen {date}',
  'account.signOutEverywhere': 'Sign out everywhere',
  'account.signOutEverywhereHint': 'Ends every session, this one included.',
  'account.confirmEverywhere': 'Sign out of every browser, this one included?',
  'account.revoked': 'That session is signed out.',
  'account.language': 'Language',
  'account.languageHint': 'The language of these admin pages. Stories keep their own language.',
  'account.languageDefault': 'The site’s default language',
  'account.languageSave': 'Save language',
  'account.languageSaved': 'The admin pages are now shown in this language.',

  'audit.title': 'Audit log',
  'audit.filter': 'Filter the log',
  'audit.story': 'Story id',
  'audit.storyHint': 'The id at the end of the story’s editor address, /admin/stories/…',
  'audit.apply': 'Show',
  'audit.clear': 'Show all',
  'audit.caption': 'Who did what, newest first',
  'audit.col.when': 'When',
  'audit.col.who': 'Who',
  'audit.col.what': 'What',
  'audit.col.story': 'About',
  'audit.col.details': 'Details',
  'audit.empty': 'Nothing has been recorded yet.',
  'audit.action.story.created': 'created a story',
  'audit.action.story.updated': 'saved a story',
  'audit.action.story.submitted': 'submitted for review',
  'audit.action.story.sent_back': 'sent back',
  'audit.action.story.scheduled': 'scheduled',
  'audit.action.story.unscheduled': 'unscheduled',
  'audit.action.story.published': 'published',
  'audit.action.story.unpublished': 'unpublished',
  'audit.action.story.corrected': 'added a correction',
  'audit.action.story.restored': 'restored a revision',
  'audit.action.story.deleted': 'deleted a draft',
  'audit.action.story.translation_started': 'started a translation',
  'audit.action.user.signed_in': 'signed in',
  'audit.action.user.signed_out': 'signed out',
  'audit.action.user.created': 'added a user',
  'audit.action.user.role_changed': 'changed a role',
  'audit.action.user.disabled': 'disabled a user',
  'audit.action.user.enabled': 'enabled a user',
  'audit.action.user.renamed': 'renamed a user',
  'audit.action.user.session_revoked': 'signed a session out',
  'audit.action.user.password_reset': 'reset a password',
  'audit.action.user.token_created': 'created a personal token',

  'translations.title': 'Translations',
  'translations.intro':
    'Stories missing a language, and translations older than their source: the source’s headline, standfirst or body changed after the translation was last revised.',
  'translations.filter': 'Filter the board',
  'translations.language': 'Language',
  'translations.anyLanguage': 'Any language',
  'translations.state': 'Show',
  'translations.state.any': 'Missing or outdated',
  'translations.state.missing': 'Missing translations',
  'translations.state.outdated': 'Outdated translations',
  'translations.apply': 'Apply filters',
  'translations.clear': 'Clear filters',
  'translations.caption': 'Stories and their versions by language, most recently updated first',
  'translations.count': '{total} stories',
  'translations.count.one': '1 story',
  'translations.empty': 'No story matches: everything here is translated and up to date.',
  'translations.col.story': 'Story',
  'translations.sourceIn': 'Source: {language}',
  'translations.missing': 'Missing',
  'translations.outdated': 'Outdated',
  'translations.outdatedSince': 'The source changed on {date}',
  'translations.translate': 'Translate',
  'translations.translateLabel': 'Translate “{headline}” into {language}',
  'translations.openLabel': '{language} version of “{headline}”',

  'error.title.400': 'That did not work',
  'error.title.401': 'Your session has ended',
  'error.title.403': 'You may not do that',
  'error.title.404': 'Not found',
  'error.title.409': 'Somebody else changed this',
  'error.title.422': 'Not possible now',
  'error.title.other': 'Something went wrong',
  'error.back': 'Go back',
  'error.signIn': 'Sign in again',
  'error.dashboard': 'Go to the dashboard',
} as const;

/** The name of one admin message. */
export type AdminMessageKey = keyof typeof adminEn;

/** A language's admin messages; any key left out is taken from English. */
export type AdminCatalogue = Partial<Record<AdminMessageKey, string>>;

/** Catalogues by primary language subtag. Add a language by adding its catalogue here. */
const catalogues: Readonly<Record<string, AdminCatalogue>> = { en: adminEn, fr: adminFr, es: adminEs, ar: adminAr, zh: adminZh, ru: adminRu };

/** The languages the admin is written in (each a person may choose for their own pages). */
export const ADMIN_LANGUAGES: readonly string[] = Object.keys(catalogues);

/** A language's own admin catalogue (no English fallback), for checking that it is complete. */
export function adminCatalogueOf(lang: string): AdminCatalogue | undefined {
  return catalogues[lang];
}

/** Values that fill a message's `{name}` placeholders. */
export type AdminMessageParams = Readonly<Record<string, string | number>>;


function primarySubtag(lang: string): string {
  return lang.split(/[-_]/, 1)[0]!.toLowerCase();
}

/**
 * The language the admin UI is shown in: the first of `preferred` that has a catalogue,
 * else English. The direction follows it, so an untranslated UI is never set right to left.
 */
export function adminLanguage(preferred: ReadonlyArray<string | null | undefined>): { lang: string; dir: 'ltr' | 'rtl' } {
  for (const lang of preferred) {
    if (lang && (catalogues[lang] || catalogues[primarySubtag(lang)])) return { lang, dir: textDirection(lang) };
  }
  return { lang: 'en', dir: 'ltr' };
}

function template(lang: string, key: AdminMessageKey): string {
  return catalogues[lang]?.[key] ?? catalogues[primarySubtag(lang)]?.[key] ?? adminEn[key];
}

/** True when `key` names an admin message (for keys built from data, like audit actions). */
export function isAdminMessageKey(key: string): key is AdminMessageKey {
  return key in adminEn;
}

/** The admin message `key` in `lang` (falling back to English), placeholders filled from `params`. */
export function adminText(lang: string, key: AdminMessageKey, params?: AdminMessageParams): string {
  return fillPlaceholders(template(lang, key), params);
}

/**
 * The admin message `key` split at its placeholders: literal text stays a string, each
 * placeholder becomes the value given for it (an element, say). Unknown placeholders stay as text.
 */
export function adminTextParts<T>(lang: string, key: AdminMessageKey, values: Readonly<Record<string, T>>): Array<string | T> {
  return splitAtPlaceholders(template(lang, key), values);
}
