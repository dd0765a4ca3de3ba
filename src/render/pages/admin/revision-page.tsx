/** `/admin/stories/{id}/revisions/{n}`: one revision as it was saved, with its body rendered. */
import type { RevisionViewModel } from '../../admin-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { AdminTime } from '../../components/admin/admin-time.js';
import { CsrfInput } from '../../components/admin/csrf-input.js';
import { StatusBadge } from '../../components/admin/status-badge.js';
import { adminText, adminTextParts } from '../../i18n/admin-messages.js';
import { textDirection } from '../../i18n/messages.js';
import { renderDocument } from '../../render-document.js';

/** One revision as a complete HTML document. */
export function renderRevisionPage(model: RevisionViewModel): string {
  return renderDocument(<RevisionPage {...model} />);
}

function RevisionPage(model: RevisionViewModel) {
  const { chrome, revision, snapshot } = model;
  const { lang } = chrome;
  const title = adminText(lang, 'revisions.oneTitle', { revision: revision.revision, headline: snapshot.headline });
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : '—');
  return (
    <AdminLayout chrome={chrome} title={title}>
      <div class="page-head">
        <h1 class="page-title">{title}</h1>
        <p class="page-head__links">
          <a href={model.revisionsHref}>{adminText(lang, 'revisions.backToHistory')}</a>
          <a href={model.editorHref}>{adminText(lang, 'revisions.backToEditor')}</a>
          {model.diffWithCurrentHref && <a href={model.diffWithCurrentHref}>{adminText(lang, 'revisions.diffWithCurrent')}</a>}
        </p>
      </div>
      <p class="page-meta">
        <StatusBadge lang={lang} status={revision.status} />{' '}
        {adminTextParts(lang, 'revisions.oneMeta', { by: revision.by, date: <AdminTime lang={lang} date={revision.createdAt} /> })}
        {revision.note && <span> · {revision.note}</span>}
      </p>
      {revision.restoreAction && (
        <form method="post" action={revision.restoreAction} class="inline-form">
          <CsrfInput csrf={chrome.csrf} />
          <input type="hidden" name="revision" value={String(model.currentRevision)} />
          <button type="submit" class="button button--secondary" data-confirm={adminText(lang, 'revisions.confirmRestore', { revision: revision.revision })}>
            {adminText(lang, 'revisions.restoreLabel', { revision: revision.revision })}
          </button>
        </form>
      )}
      <article class="panel snapshot">
        <dl class="snapshot__facts">
          <div>
            <dt>{adminText(lang, 'field.lang')}</dt>
            <dd>{snapshot.lang}</dd>
          </div>
          <div>
            <dt>{adminText(lang, 'field.type')}</dt>
            <dd>{snapshot.type}</dd>
          </div>
          <div>
            <dt>{adminText(lang, 'field.datelinePlace')}</dt>
            <dd>{snapshot.datelinePlace ?? '—'}</dd>
          </div>
          <div>
            <dt>{adminText(lang, 'field.topics')}</dt>
            <dd>{list(snapshot.topics)}</dd>
          </div>
          <div>
            <dt>{adminText(lang, 'field.regions')}</dt>
            <dd>{list(snapshot.regions)}</dd>
          </div>
          <div>
            <dt>{adminText(lang, 'field.tags')}</dt>
            <dd>{list(snapshot.tags)}</dd>
          </div>
          <div>
            <dt>{adminText(lang, 'field.authors')}</dt>
            <dd>{list(snapshot.authors)}</dd>
          </div>
        </dl>
        <div class="snapshot__text" lang={snapshot.lang} dir={textDirection(snapshot.lang)}>
          <h2 class="snapshot__headline">{snapshot.headline}</h2>
          {snapshot.standfirst && <p class="snapshot__standfirst">{snapshot.standfirst}</p>}
          <div class="preview__body" dangerouslySetInnerHTML={{ __html: model.bodyHtml }} />
        </div>
      </article>
    </AdminLayout>
  );
}
