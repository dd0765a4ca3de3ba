// Bundles the admin UI's browser code (src/admin-client/main.ts) into one small file,
// dist/client/admin.js, which the server sends under a content-hashed address.
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['src/admin-client/main.ts'],
  outfile: 'dist/client/admin.js',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  platform: 'browser',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`admin client: dist/client/admin.js, ${(bytes / 1024).toFixed(1)} KiB`);
