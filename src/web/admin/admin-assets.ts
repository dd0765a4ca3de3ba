/**
 * The admin UI's stylesheet and script, served under content-hashed names
 * (`/assets/admin.{hash}.css`, `/assets/admin.{hash}.js`) and cached for a year: a changed file
 * is a new address. They are public (the sign-in page needs the stylesheet) and hold nothing secret.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import { tagPage } from '../plugins/page-cache.js';

/** The admin assets' bytes and the addresses they are served at. */
export interface AdminAssets {
  stylesheetHref: string;
  /** Null when the script bundle has not been built: every page still works without it. */
  scriptHref: string | null;
  css: Buffer;
  js: Buffer | null;
  /** Why there is no script, for the log. */
  missingScript: string | null;
}

// From dist/src/web/admin/ to where the build puts them: the stylesheet is copied beside the
// render sources, the bundle is written by scripts/build-client.mjs to dist/client/.
const STYLESHEET = new URL('../../render/assets/admin.css', import.meta.url);
const SCRIPT = new URL('../../../client/admin.js', import.meta.url);

function hashed(name: string, ext: string, bytes: Buffer): string {
  return `/assets/${name}.${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.${ext}`;
}

/** Reads both files once; throws naming the stylesheet when the build has not copied it. */
export function loadAdminAssets(): AdminAssets {
  let css: Buffer;
  try {
    css = readFileSync(STYLESHEET);
  } catch (err) {
    throw new Error(`admin stylesheet missing at ${fileURLToPath(STYLESHEET)} (run npm run build): ${(err as Error).message}`);
  }
  let js: Buffer | null = null;
  let missingScript: string | null = null;
  try {
    js = readFileSync(SCRIPT);
  } catch {
    missingScript = `admin script missing at ${fileURLToPath(SCRIPT)} (run npm run build); admin pages are sent without it`;
  }
  return {
    stylesheetHref: hashed('admin', 'css', css),
    scriptHref: js ? hashed('admin', 'js', js) : null,
    css,
    js,
    missingScript,
  };
}

const YEAR = 'public, max-age=31536000, immutable';

/** Serves the stylesheet and the script at their hashed addresses. */
export const adminAssetRoutes: FastifyPluginAsync<{ assets: AdminAssets }> = async (app, { assets }) => {
  if (assets.missingScript) app.log.warn(assets.missingScript);
  // Through the page cache for their compressed forms; no content event ever purges them.
  app.get(assets.stylesheetHref, async (request, reply) => {
    tagPage(request, ['asset']);
    return reply.type('text/css; charset=utf-8').header('cache-control', YEAR).send(assets.css);
  });
  const { scriptHref, js } = assets;
  if (scriptHref && js) {
    app.get(scriptHref, async (request, reply) => {
      tagPage(request, ['asset']);
      return reply.type('text/javascript; charset=utf-8').header('cache-control', YEAR).send(js);
    });
  }
};
