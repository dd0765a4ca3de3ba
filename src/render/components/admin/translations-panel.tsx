/**
 * The editor's Translations panel: the story's versions in other languages (links, status,
 * which is the source, which are older than it) and, for editors and admins, a way to start a
 * translation into a missing language.
 *
 * The panel sits inside the editor's form (HTML forbids a form in a form), so its button
 * posts that form to the translation address with `formaction`; the address reads only the
 * chosen language (and the CSRF field), and `formnovalidate` lets it go even when the
 * story's own fields would not pass as they stand.
 */
import type { EditorTranslations } from '../../admin-translation-view-models.js';
import { adminText } from '../../i18n/admin-messages.js';
import { SelectField } from './form-field.js';
import { StatusBadge } from './status-badge.js';

/** The panel; `lang` is the UI's language. */
export function TranslationsPanel({ lang, translations }: { lang: string; translations: EditorTranslations }) {
  const { versions, missing, action } = translations;
  return (
    <section class="panel translations" aria-labelledby="translations-heading">
      <h2 class="panel__title" id="translations-heading">
        {adminText(lang, 'editor.translations')}
      </h2>
      <ul class="plain-list translations__list">
        {versions.map((version) => (
          <li class="translations__item">
            {version.current ? (
              <strong aria-current="page">{version.language}</strong>
            ) : (
              <a href={version.href}>{version.language}</a>
            )}{' '}
            <StatusBadge lang={lang} status={version.status} />
            {version.isSource && <span class="badge badge--source">{adminText(lang, 'editor.translationSource')}</span>}
            {version.outdated && <span class="badge badge--outdated">{adminText(lang, 'editor.translationOutdated')}</span>}
            {version.current && versions.length > 1 && <span class="muted translations__this"> ({adminText(lang, 'editor.translationCurrent')})</span>}
          </li>
        ))}
      </ul>
      {missing.length === 0 ? (
        <p class="muted translations__done">{adminText(lang, 'editor.translatedAll')}</p>
      ) : (
        action && (
          <div class="translations__start">
            <SelectField
              id="translationLang"
              name="translationLang"
              label={adminText(lang, 'editor.translateInto')}
              hint={adminText(lang, 'editor.translateHint')}
              value={missing[0]!.value}
              options={missing}
            />
            <button type="submit" class="button button--secondary" formAction={action} formNoValidate>
              {adminText(lang, 'editor.translateStart')}
            </button>
          </div>
        )
      )}
    </section>
  );
}
