/**
 * The editor's "Suggestions" panel: the people, organisations, places, topics and regions the
 * analysis found, each with its reason and Accept / Reject buttons. The buttons submit small
 * forms of their own (SuggestionForms, placed after the editor's form because forms cannot
 * nest), so deciding works without JavaScript and never submits the story's fields.
 */
import type { SuggestionPanelModel } from '../../admin-suggestion-view-models.js';
import { adminText } from '../../i18n/admin-messages.js';
import { AdminTime } from './admin-time.js';
import { CsrfInput } from './csrf-input.js';
import type { CsrfField } from '../../admin-view-models.js';

/** The panel, for the editor's side column. */
export function SuggestionsPanel({ lang, panel }: { lang: string; panel: SuggestionPanelModel | null | undefined }) {
  if (!panel) return null;
  const status =
    panel.state === 'waiting' ? 'suggestions.waiting' : panel.state === 'outdated' ? 'suggestions.outdated' : panel.pending.length === 0 ? 'suggestions.none' : null;
  return (
    <section class="panel suggestions" id="suggestions" aria-labelledby="suggestions-heading">
      <h2 class="panel__title" id="suggestions-heading">
        {adminText(lang, 'suggestions.title')}
      </h2>
      <p class="panel__intro">{adminText(lang, 'suggestions.intro')}</p>
      {status && <p class="muted">{adminText(lang, status)}</p>}
      {panel.pending.length > 0 && (
        <ul class="suggestions__list">
          {panel.pending.map((s) => (
            <li class="suggestion">
              <p class="suggestion__what">
                <span class="badge badge--suggestion">{adminText(lang, `suggestions.kind.${s.kind}`)}</span>{' '}
                <strong class="suggestion__label">{s.label}</strong>
              </p>
              <p class="suggestion__reason">{s.reason}</p>
              {panel.canDecide && (
                <div class="button-row suggestion__buttons">
                  <button
                    type="submit"
                    form={s.formId}
                    name="decision"
                    value="accepted"
                    class="button button--small"
                    aria-label={adminText(lang, 'suggestions.acceptLabel', { label: s.label })}
                  >
                    {adminText(lang, 'suggestions.accept')}
                  </button>
                  <button
                    type="submit"
                    form={s.formId}
                    name="decision"
                    value="rejected"
                    class="button button--secondary button--small"
                    aria-label={adminText(lang, 'suggestions.rejectLabel', { label: s.label })}
                  >
                    {adminText(lang, 'suggestions.reject')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {panel.decided.length > 0 && (
        <details class="suggestions__decided">
          <summary>{adminText(lang, 'suggestions.decided', { count: panel.decided.length })}</summary>
          <ul class="suggestions__list">
            {panel.decided.map((s) => (
              <li class="suggestion suggestion--decided">
                <span class="badge badge--suggestion">{adminText(lang, `suggestions.kind.${s.kind}`)}</span> {s.label}
                {' — '}
                {adminText(lang, s.decision === 'accepted' ? 'suggestions.accepted' : 'suggestions.rejected')}
                {s.by && s.at && (
                  <span class="muted">
                    {' ('}
                    {s.by}, <AdminTime lang={lang} date={s.at} />
                    {')'}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The forms the panel's buttons submit: one per pending suggestion, holding the CSRF token. */
export function SuggestionForms({ panel, csrf }: { panel: SuggestionPanelModel | null | undefined; csrf: CsrfField }) {
  if (!panel?.canDecide || panel.pending.length === 0) return null;
  return (
    <div class="suggestion-forms">
      {panel.pending.map((s) => (
        <form id={s.formId} method="post" action={s.action}>
          <CsrfInput csrf={csrf} />
        </form>
      ))}
    </div>
  );
}
