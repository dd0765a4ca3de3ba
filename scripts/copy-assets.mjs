// Copies the non-TypeScript files that the compiled code reads (stylesheets, scripts for the
// browser, data files) from src/ to dist/src/, keeping their paths.
import { cpSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';

const ASSET_EXTENSIONS = new Set(['.css', '.json', '.txt', '.svg', '.ico', '.md', '.js']);
const from = 'src';
const to = join('dist', 'src');

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (ASSET_EXTENSIONS.has(extname(name))) {
      const target = join(to, relative(from, path));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  }
}
walk(from);
