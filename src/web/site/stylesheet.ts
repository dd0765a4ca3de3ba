/**
 * The site's stylesheet, served under a content-hashed name (`/assets/site.{hash}.css`) so
 * browsers may keep it for a year: a changed stylesheet is a new address.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import { tagPage } from '../plugins/page-cache.js';

/** The stylesheet's bytes and the address it is served at. */
export interface Stylesheet {
  href: string;
  css: Buffer;
}

// From dist/src/web/site/ to dist/src/render/assets/, where the build copies the stylesheet.
const SOURCE = new URL('../../render/assets/site.css', import.meta.url);

/** Reads the compiled stylesheet once; throws naming the file when the build has not copied it. */
export function loadStylesheet(): Stylesheet {
  let css: Buffer;
  try {
    css = readFileSync(SOURCE);
  } catch (err) {
    throw new Error(`stylesheet missing at ${fileURLToPath(SOURCE)} (run npm run build): ${(err as Error).message}`);
  }
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 12);
  return { href: `/assets/site.${hash}.css`, css };
}

/** Serves the stylesheet at its hashed address, cached for a year. */
export const stylesheetRoutes: FastifyPluginAsync<{ stylesheet: Stylesheet }> = async (app, { stylesheet }) => {
  app.get(stylesheet.href, async (request, reply) => {
    // Through the page cache for its compressed forms; no content event ever purges it.
    tagPage(request, ['asset']);
    return reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(stylesheet.css);
  });
};
