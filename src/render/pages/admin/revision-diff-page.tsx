/** `/admin/stories/{id}/revisions/{a}/diff/{b}`: the words added and removed between two revisions. */
import type { RevisionDiffModel } from '../../admin-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { AdminTime } from '../../components/admin/admin-time.js';
import { WordDiff } from '../../components/admin/word-diff.js';
import { adminText, adminTextParts } from '../../i18n/admin-messages.js';
import { renderDocument } from '../../render-document.js';

/** The diff of two revisions as a complete HTML document. */
export function renderRevisionDiffPage(model: RevisionDiffModel): string {
  return renderDocument(<RevisionDiffPage {...model} />);
}

function RevisionDiffPage(model: RevisionDiffModel) {
  const { chrome, from, to } = model;
  const { lang } = chrome;
  const title = adminText(lang, 'revisions.diffTitle', { from: from.revision, to: to.revision });
  return (
    <AdminLayout chrome={chrome} title={`${title}: ${model.storyHeadline}`}>
      <div class="page-head">
        <h1 class="page-title">{title}</h1>
        <p class="page-head__links">
          <a href={model.revisionsHref}>{adminText(lang, 'revisions.backToHistory')}</a>
          <a href={model.editorHref}>{adminText(lang, 'revisions.backToEditor')}</a>
        </p>
      </div>
      <ul class="page-meta plain-list">
        {[from, to].map((r) => (
          <li>
            <a href={r.href}>{adminText(lang, 'revisions.viewLabel', { revision: r.revision })}</a>:{' '}
            {adminTextParts(lang, 'revisions.oneMeta', { by: r.by, date: <AdminTime lang={lang} date={r.createdAt} /> })}
          </li>
        ))}
      </ul>
      {model.changes.length > 0 ? (
        <>
          <p class="muted diff-legend">{adminText(lang, 'revisions.diffLegend')}</p>
          <div class="diff-nav button-row" data-diff-nav="" hidden>
            <button type="button" class="button button--secondary button--small" data-diff-step="-1">
              {adminText(lang, 'revisions.previousChange')}
            </button>
            <button type="button" class="button button--secondary button--small" data-diff-step="1">
              {adminText(lang, 'revisions.nextChange')}
            </button>
          </div>
          <WordDiff lang={lang} changes={model.changes} headingLevel={2} />
        </>
      ) : (
        <p class="empty">{adminText(lang, 'revisions.diffNone')}</p>
      )}
    </AdminLayout>
  );
}
