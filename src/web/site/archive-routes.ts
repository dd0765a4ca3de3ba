/** The archive: `/{lang}/archive/{yyyy}/{mm}`, every story published that month (UTC), 20 a page. */
import type { FastifyPluginAsync } from 'fastify';
import { NotFoundError } from '../../domain/errors.js';
import { formatMonth } from '../../render/i18n/format.js';
import { PAGINATED, siteLanguage, type SiteOptions } from './site-request.js';
import { sendSectionPage } from './section-routes.js';
import { archivePath } from './view-models.js';

/** Params of an archive address. */
interface ArchiveParams {
  lang: string;
  year: string;
  month: string;
}

/** Route of the archive's month pages. */
export const archiveRoutes: FastifyPluginAsync<SiteOptions> = async (app, options) => {
  const { deps } = options;
  app.get<{ Params: ArchiveParams }>('/:lang/archive/:year/:month', { config: PAGINATED }, async (request, reply) => {
    const lang = siteLanguage(deps, request.params.lang);
    const { year, month } = request.params;
    if (!/^\d{4}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) throw new NotFoundError(`no archive at ${request.url}`);
    const yyyymm = `${year}-${month}`;
    return sendSectionPage(request, reply, options, lang, archivePath(lang, yyyymm), {
      kind: 'archive',
      title: formatMonth(lang, yyyymm),
      month: yyyymm,
      tag: `archive:${lang}:${yyyymm}`,
      filter: { month: yyyymm },
      // A month without stories is no page at all (it would only invite crawling empty months).
      emptyIsNotFound: true,
    });
  });
};
