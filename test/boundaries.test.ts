/**
 * The import table of STYLE.md §3, enforced: every relative import in src/**\/*.ts(x) must go
 * from a room to a room the table allows. A small scanner rather than a dependency tool, so
 * the rules sit here as data and the test needs nothing installed. Unit tests beside a file
 * (`*.test.ts`) are left out: they may set up whatever they test with.
 * Longer than ~400 lines because the scanner, the table and the tests that prove the scanner
 * catches violations are one unit; the scanner can move to test/support/ if anything else needs it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

// ---------------------------------------------------------------------------------------------
// Scanner: finds static imports, re-exports and dynamic imports, skipping comments, strings,
// template literals and regular expressions so that text which looks like an import is not one.
// ---------------------------------------------------------------------------------------------

/** One import (or re-export) of another module. */
export interface FoundImport {
  /** 1-based line of the `import` / `export` keyword. */
  line: number;
  specifier: string;
  /** True when it can only bring in types (`import type`, or every name marked `type`). */
  typeOnly: boolean;
}

interface Token {
  kind: 'word' | 'string' | 'punct';
  value: string;
  line: number;
  /** First token on its line: where a statement may start without a semicolon before it. */
  startsLine: boolean;
}

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await',
]);

/** Splits TypeScript source into the tokens the scanner needs; drops comments and templates. */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lastLine = 0;
  const push = (kind: Token['kind'], value: string, at: number) => {
    tokens.push({ kind, value, line: at, startsLine: at !== lastLine });
    lastLine = at;
  };
  const regexMayStart = () => {
    const prev = tokens.at(-1);
    if (!prev) return true;
    if (prev.kind === 'word') return KEYWORDS_BEFORE_EXPRESSION.has(prev.value);
    if (prev.kind === 'string') return false;
    return !(prev.value === ')' || prev.value === ']' || prev.value === '}');
  };
  // Skips a template literal starting at the backtick at i, expressions included; returns the index after it.
  const skipTemplate = (start: number): number => {
    let j = start + 1;
    while (j < source.length) {
      const c = source[j]!;
      if (c === '\\') j += 2;
      else if (c === '`') return j + 1;
      else if (c === '$' && source[j + 1] === '{') j = skipCode(j + 2, '}');
      else {
        if (c === '\n') line++;
        j++;
      }
    }
    return j;
  };
  // Skips code up to and past the `close` that balances it (used inside `${ … }`).
  const skipCode = (start: number, close: string): number => {
    let depth = 0;
    let j = start;
    while (j < source.length) {
      const c = source[j]!;
      if (c === '\n') line++;
      if (c === '`') {
        j = skipTemplate(j);
        continue;
      }
      if (c === "'" || c === '"') {
        const end = source.indexOf(c, j + 1);
        j = end < 0 ? source.length : end + 1;
        continue;
      }
      if (c === '{') depth++;
      if (c === close) {
        if (depth === 0) return j + 1;
        depth--;
      }
      j++;
    }
    return j;
  };

  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      for (let k = i; k < stop; k++) if (source[k] === '\n') line++;
      i = stop;
    } else if (c === "'" || c === '"') {
      // A quote without its partner on the same line is not a string (JSX text: <p>Don't</p>).
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
      if (source[j] === c) {
        push('string', source.slice(i + 1, j), line);
        i = j + 1;
      } else {
        push('punct', c, line);
        i++;
      }
    } else if (c === '`') {
      const at = line;
      i = skipTemplate(i);
      push('string', '', at);
    } else if (c === '/' && regexMayStart()) {
      let j = i + 1;
      let inClass = false;
      while (j < source.length && source[j] !== '\n') {
        const r = source[j]!;
        if (r === '\\') j++;
        else if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        j++;
      }
      push('punct', 'regex', line);
      i = source[j] === '/' ? j + 1 : i + 1;
    } else if (/[\p{L}\p{N}_$]/u.test(c)) {
      let j = i + 1;
      while (j < source.length && /[\p{L}\p{N}_$]/u.test(source[j]!)) j++;
      push('word', source.slice(i, j), line);
      i = j;
    } else {
      push('punct', c, line);
      i++;
    }
  }
  return tokens;
}

/**
 * Reads an import clause (`a`, `* as b`, `{ c, type d }`, `a, { c }`) from tokens[start] up to
 * `from`; returns the index of `from` and whether every named binding is marked `type`, or
 * undefined when the tokens are not an import clause.
 */
function readClause(tokens: Token[], start: number): { fromAt: number; allNamedAreTypes: boolean } | undefined {
  let j = start;
  let hasDefaultOrNamespace = false;
  let named: Token[][] = [];
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.kind === 'word' && t.value === 'from' && tokens[j + 1]?.kind === 'string' && j > start) {
      const allNamedAreTypes =
        !hasDefaultOrNamespace &&
        named.length > 0 &&
        named.every((n) => n[0]?.value === 'type' && n[1]?.kind === 'word' && n[1].value !== 'as');
      return { fromAt: j, allNamedAreTypes };
    }
    if (t.value === '{') {
      const close = tokens.findIndex((u, k) => k > j && u.value === '}');
      if (close < 0) return undefined;
      named = [];
      let current: Token[] = [];
      for (const u of tokens.slice(j + 1, close)) {
        if (u.value === ',') {
          if (current.length > 0) named.push(current);
          current = [];
        } else current.push(u);
      }
      if (current.length > 0) named.push(current);
      j = close + 1;
      continue;
    }
    if (t.kind === 'word' || t.value === '*') {
      if (t.value !== 'as') hasDefaultOrNamespace = true;
      j++;
      continue;
    }
    if (t.value === ',') {
      j++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** Every import, re-export and dynamic import in a TypeScript (or TSX) source text. */
export function scanImports(source: string): FoundImport[] {
  const tokens = tokenize(source);
  const found: FoundImport[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || (t.value !== 'import' && t.value !== 'export')) continue;
    const prev = tokens[i - 1];
    const n1 = tokens[i + 1];
    const n2 = tokens[i + 2];
    if (t.value === 'import' && n1?.value === '(' && n2?.kind === 'string' && prev?.value !== '.') {
      // `typeof import('./x.js')` names a module's type and loads nothing.
      found.push({ line: t.line, specifier: n2.value, typeOnly: prev?.value === 'typeof' });
      continue;
    }
    const atStatementStart = !prev || prev.value === ';' || prev.value === '}' || t.startsLine;
    if (!atStatementStart || !n1) continue;
    if (t.value === 'import' && n1.kind === 'string') {
      found.push({ line: t.line, specifier: n1.value, typeOnly: false });
      continue;
    }
    // `import type X from`, but not `import type from` (a default import named "type").
    const typeKeyword = n1.value === 'type' && n2 !== undefined && n2.value !== 'from' && n2.value !== ',' && n2.value !== '=';
    if (t.value === 'export' && !(typeKeyword ? n2?.value === '{' || n2?.value === '*' : n1.value === '{' || n1.value === '*')) {
      continue; // `export const …`, `export type X = …`, `export function …`
    }
    const clause = readClause(tokens, typeKeyword ? i + 2 : i + 1);
    if (!clause) continue;
    found.push({
      line: t.line,
      specifier: tokens[clause.fromAt + 1]!.value,
      typeOnly: typeKeyword || clause.allNamedAreTypes,
    });
    i = clause.fromAt + 1;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Rules: the import table of STYLE.md §3 as data.
// ---------------------------------------------------------------------------------------------

/** The rooms of src/; `store/migrations` is kept apart because migrations import no repositories or domain code. */
export type Room =
  | 'config' | 'domain' | 'store' | 'store/migrations' | 'services' | 'understand' | 'media'
  | 'render' | 'web' | 'jobs' | 'cli' | 'main.ts'
  /** Browser code of the admin UI, bundled by esbuild: it runs in the reader's browser, so it imports nothing of ours. */
  | 'admin-client';

/** How far one room may reach into another. */
type Access =
  | 'all'
  /** `import type` only: the room must not load the other at run time. */
  | 'types'
  /** These files of the room only (paths under src/), optionally only from these files. */
  | { files: readonly string[]; onlyFrom?: readonly string[] };

const TABLE: Record<Room, Partial<Record<Room, Access>>> = {
  'config': {},
  'admin-client': {},
  'domain': {},
  'understand': {},
  'store': { domain: 'all', 'store/migrations': 'all' },
  'store/migrations': {},
  'services': { domain: 'all', store: 'all', understand: 'all', media: 'all', config: 'types' },
  'media': { domain: 'all', config: 'types' },
  'render': { domain: 'types' },
  'web': { domain: 'all', services: 'all', render: 'all', config: 'types' },
  'jobs': {
    domain: 'all',
    services: 'all',
    media: 'all',
    config: 'types',
    store: { files: ['store/job-repository.ts'], onlyFrom: ['jobs/runner.ts'] },
  },
  // Migrating means opening the database too; everything else reaches the store through services.
  'cli': {
    domain: 'all',
    services: 'all',
    understand: 'all',
    config: 'all',
    store: { files: ['store/migrate.ts', 'store/database.ts'] },
    'main.ts': 'all',
  },
  'main.ts': {
    config: 'all', domain: 'all', store: 'all', 'store/migrations': 'all', services: 'all', understand: 'all',
    media: 'all', render: 'all', web: 'all', jobs: 'all', cli: 'all',
  },
};

/** The room of a path under src/ (`web/site/x.ts` → web), or undefined for an unknown one. */
export function roomOf(srcPath: string): Room | undefined {
  if (srcPath === 'main.ts') return 'main.ts';
  if (srcPath.startsWith('store/migrations/')) return 'store/migrations';
  const top = srcPath.split('/')[0]!;
  return top in TABLE && top !== 'main.ts' && srcPath.includes('/') ? (top as Room) : undefined;
}

/** What a room may import, in words, for messages. */
function describeRule(room: Room): string {
  const parts = Object.entries(TABLE[room]).map(([to, access]) => {
    if (access === 'all') return to;
    if (access === 'types') return `${to} (import type only)`;
    const from = access.onlyFrom ? `, from ${access.onlyFrom.join(', ')}` : '';
    return `${to} (${access.files.map((f) => f.slice(to.length + 1)).join(', ')} only${from})`;
  });
  return `${room} may import ${parts.length > 0 ? parts.join(', ') : 'nothing of ours'}`;
}

/** A source file to check: its path under src/ (posix separators) and its text. */
export interface SourceFile {
  path: string;
  source: string;
}

/** Every import in `files` that the table forbids, as `src/<file>:<line> …` lines. */
export function checkBoundaries(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const from = roomOf(file.path);
    if (!from) {
      problems.push(`src/${file.path}:1 is in no room of the import table (STYLE.md §3); add the room to the table first`);
      continue;
    }
    for (const imp of scanImports(file.source)) {
      if (!imp.specifier.startsWith('.')) continue; // packages and node: built-ins
      const target = posix.normalize(posix.join(posix.dirname(file.path), imp.specifier)).replace(/\.js$/, '.ts');
      const where = `src/${file.path}:${imp.line} imports ${imp.specifier}`;
      if (target.startsWith('../')) {
        problems.push(`${where}: code under src/ must not import from outside src/`);
        continue;
      }
      const to = roomOf(target) ?? roomOf(target.replace(/\.ts$/, '.tsx'));
      if (!to) {
        problems.push(`${where}: the target is in no room of the import table`);
        continue;
      }
      if (to === from) continue;
      const access = TABLE[from][to];
      const allowed =
        access === 'all' ||
        (access === 'types' && imp.typeOnly) ||
        (typeof access === 'object' &&
          access.files.some((f) => f === target || f.replace(/\.ts$/, '.tsx') === target) &&
          (!access.onlyFrom || access.onlyFrom.includes(file.path)));
      if (!allowed) {
        const hint = access === 'types' ? ' (write `import type`)' : '';
        problems.push(`${where}: ${describeRule(from)}${hint}`);
      }
    }
  }
  return problems;
}

/** The production sources under a src/ directory, tests left out. */
function readSources(srcDir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        out.push({ path: relative(srcDir, full).split('\\').join('/'), source: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(srcDir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

// Compiled to dist/test/boundaries.test.js; the sources are two levels up, in src/.
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

describe('import boundaries (STYLE.md §3)', () => {
  it('hold in src/', () => {
    const files = readSources(SRC);
    assert.ok(files.length > 20, `found only ${files.length} files under ${SRC}`);
    const problems = checkBoundaries(files);
    assert.deepEqual(problems, [], `forbidden imports:\n  ${problems.join('\n  ')}\n`);
  });
});

describe('scanImports', () => {
  it('finds imports, re-exports and dynamic imports with their lines', () => {
    const source = [
      "import a from './a.js';",
      "import { b, c as d } from './b.js';",
      'import {',
      '  e,',
      '  f,',
      "} from './multi.js'",
      "import * as g from './g.js';",
      "import './side-effect.js';",
      "export * from './all.js';",
      "export { h } from './h.js';",
      "const later = await import('./lazy.js');",
      "import def, { named } from './both.js';",
    ].join('\n');
    assert.deepEqual(
      scanImports(source).map((x) => [x.line, x.specifier, x.typeOnly]),
      [
        [1, './a.js', false],
        [2, './b.js', false],
        [3, './multi.js', false],
        [7, './g.js', false],
        [8, './side-effect.js', false],
        [9, './all.js', false],
        [10, './h.js', false],
        [11, './lazy.js', false],
        [12, './both.js', false],
      ],
    );
  });

  it('tells type-only imports from value imports', () => {
    const source = [
      "import type { A } from './1.js';",
      "import type B from './2.js';",
      "import { type C, type D as E } from './3.js';",
      "import { type F, g } from './4.js';",
      "import type from './5.js';",
      "import { type } from './6.js';",
      "export type { H } from './7.js';",
      "import X, { type Y } from './8.js';",
      "let m: typeof import('./9.js');",
    ].join('\n');
    assert.deepEqual(
      scanImports(source).map((x) => [x.specifier, x.typeOnly]),
      [
        ['./1.js', true],
        ['./2.js', true],
        ['./3.js', true],
        ['./4.js', false],
        ['./5.js', false],
        ['./6.js', false],
        ['./7.js', true],
        ['./8.js', false],
        ['./9.js', true],
      ],
    );
  });

  it('ignores import-like text in comments, strings, templates, regexes and JSX text', () => {
    const source = [
      "// import x from '../store/a.js';",
      "/* import y from '../store/b.js'; */",
      "const s = \"import z from '../store/c.js'\";",
      "const t = `line one",
      "import w from '../store/d.js'`;",
      "const r = /import v from '..\\/store\\/e.js'/;",
      'const j = <p>Don\'t import anything from "here"</p>;',
      'export const value = 1;',
      'export type Alias = string;',
      "import real from './real.js';",
    ].join('\n');
    assert.deepEqual(scanImports(source), [{ line: 10, specifier: './real.js', typeOnly: false }]);
  });

  it('ignores import.meta and a method called import', () => {
    assert.deepEqual(scanImports("const u = import.meta.url;\nloader.import('./x.js');"), []);
  });
});

describe('checkBoundaries', () => {
  const check = (path: string, source: string) => checkBoundaries([{ path, source }]);

  it('reports a forbidden import with file, line and the rule', () => {
    const problems = check('web/site/story-routes.ts', "import x from 'fastify';\n\nimport { createStoryRepository } from '../../store/story-repository.js';\n");
    assert.equal(problems.length, 1);
    assert.equal(
      problems[0],
      'src/web/site/story-routes.ts:3 imports ../../store/story-repository.js: web may import domain, services, render, config (import type only)',
    );
  });

  it('allows type-only imports where the table says types, and refuses value imports there', () => {
    assert.deepEqual(check('render/pages/p.tsx', "import type { Story } from '../../domain/story.js';"), []);
    assert.deepEqual(check('render/pages/p.tsx', "import { type Story } from '../../domain/story.js';"), []);
    const problems = check('render/pages/p.tsx', "import { storyPath } from '../../domain/story.js';");
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /^src\/render\/pages\/p\.tsx:1 .*render may import domain \(import type only\).*write `import type`/);
    assert.equal(check('services/s.ts', "import { loadConfig } from '../config/config.js';").length, 1);
    assert.deepEqual(check('services/s.ts', "import type { Config } from '../config/config.js';"), []);
  });

  it('keeps domain, config and understand free of our other rooms', () => {
    assert.match(check('domain/x.ts', "import { a } from '../store/rows.js';")[0]!, /domain may import nothing of ours/);
    assert.match(check('config/x.ts', "import type { Story } from '../domain/story.js';")[0]!, /config may import nothing of ours/);
    assert.deepEqual(check('domain/x.ts', "import { b } from './errors.js';"), [], 'inside the room is fine');
  });

  it('lets the CLI reach the store only to migrate, and jobs only through the runner', () => {
    assert.deepEqual(check('cli/migrate-command.ts', "import { migrateToLatest } from '../store/migrate.js';"), []);
    assert.equal(check('cli/x.ts', "import { createStoryRepository } from '../store/story-repository.js';").length, 1);
    assert.deepEqual(check('cli/x.ts', "import { openRuntime } from '../main.js';"), []);
    assert.deepEqual(check('jobs/runner.ts', "import { claim } from '../store/job-repository.js';"), []);
    assert.equal(check('jobs/handlers/h.ts', "import { claim } from '../../store/job-repository.js';").length, 1);
  });

  it('keeps migrations away from repositories and domain code', () => {
    assert.deepEqual(check('store/migrations/0003-x.ts', "import type { MigrationTraits } from './index.js';"), []);
    assert.equal(check('store/migrations/0003-x.ts', "import { toDate } from '../rows.js';").length, 1);
    assert.equal(check('store/migrations/0003-x.ts', "import { slugify } from '../../domain/slug.js';").length, 1);
    assert.deepEqual(check('store/migrate.ts', "import { migrationsFor } from './migrations/index.js';"), []);
  });

  it('lets main.ts import anything, and refuses rooms the table does not know and paths outside src', () => {
    assert.deepEqual(check('main.ts', "import { buildApp } from './web/build-app.js';\nimport { x } from './store/database.js';"), []);
    assert.match(check('gadgets/x.ts', '')[0]!, /src\/gadgets\/x\.ts:1 is in no room/);
    assert.match(check('web/x.ts', "import { y } from '../../test/support/z.js';")[0]!, /outside src/);
  });

  it('reports every offending line, not only the first', () => {
    const problems = check('web/x.ts', "import { a } from '../store/a.js';\nimport { b } from '../jobs/b.js';\nimport { c } from '../services/c.js';");
    assert.deepEqual(problems.map((p) => p.split(' ')[0]), ['src/web/x.ts:1', 'src/web/x.ts:2']);
  });
});
