/** `/admin/stories`: every story in any status, filtered, searched by headline, a page at a time. */
import type { AdminOption, StoryListModel } from '../../admin-view-models.js';
import { AdminLayout } from '../../components/admin/admin-layout.js';
import { AdminPagination } from '../../components/admin/admin-pagination.js';
import { SelectField, TextField } from '../../components/admin/form-field.js';
import { StoryTable } from '../../components/admin/story-table.js';
import { adminText } from '../../i18n/admin-messages.js';
import { renderDocument } from '../../render-document.js';

/** The story list as a complete HTML document. */
export function renderStoryListPage(model: StoryListModel): string {
  return renderDocument(<StoryListPage {...model} />);
}

function StoryListPage(model: StoryListModel) {
  const { chrome, filters, pagination } = model;
  const { lang } = chrome;
  const any: AdminOption = { value: '', label: adminText(lang, 'list.any') };
  const total = pagination.total === 1 ? adminText(lang, 'list.count.one') : adminText(lang, 'list.count', { total: pagination.total });
  return (
    <AdminLayout chrome={chrome} title={adminText(lang, 'list.title')}>
      <h1 class="page-title">{adminText(lang, 'list.title')}</h1>
      <form class="filters panel" method="get" action={model.action} role="search" aria-label={adminText(lang, 'list.filters')}>
        <TextField id="filter-q" name="q" type="search" label={adminText(lang, 'list.search')} value={filters.q} class="filters__search" />
        <SelectField
          id="filter-status"
          name="status"
          label={adminText(lang, 'list.status')}
          value={filters.status}
          options={[any, ...model.statuses.map((s) => ({ value: s, label: adminText(lang, `status.${s}`) }))]}
        />
        <SelectField id="filter-lang" name="lang" label={adminText(lang, 'list.language')} value={filters.lang} options={[any, ...model.languages]} />
        <SelectField
          id="filter-type"
          name="type"
          label={adminText(lang, 'list.type')}
          value={filters.type}
          options={[any, ...model.types.map((t) => ({ value: t, label: adminText(lang, `type.${t}`) }))]}
        />
        {model.topics.length > 0 ? (
          <SelectField id="filter-topic" name="topic" label={adminText(lang, 'list.topic')} value={filters.topic} options={[any, ...model.topics]} />
        ) : (
          <TextField id="filter-topic" name="topic" label={adminText(lang, 'list.topic')} value={filters.topic} />
        )}
        {model.authors.length > 0 ? (
          <SelectField id="filter-author" name="author" label={adminText(lang, 'list.author')} value={filters.author} options={[any, ...model.authors]} />
        ) : (
          <TextField id="filter-author" name="author" label={adminText(lang, 'list.author')} value={filters.author} />
        )}
        <div class="field field--check">
          <input type="checkbox" id="filter-mine" name="mine" value="1" checked={filters.mine === '1'} />
          <label for="filter-mine">{adminText(lang, 'list.mine')}</label>
        </div>
        <div class="filters__buttons">
          <button type="submit" class="button">
            {adminText(lang, 'list.apply')}
          </button>
          <a class="button button--secondary" href={model.action}>
            {adminText(lang, 'list.clear')}
          </a>
        </div>
      </form>
      <p class="list-count" role="status">
        {total}
      </p>
      {model.stories.length > 0 ? (
        <StoryTable lang={lang} stories={model.stories} caption={adminText(lang, 'list.caption')} />
      ) : (
        <p class="empty">{adminText(lang, 'list.empty')}</p>
      )}
      <AdminPagination lang={lang} pagination={pagination} />
    </AdminLayout>
  );
}
