import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.js';

describe('dateline with bad configuration', { concurrency: true }, () => {
  const cases: Array<[string, string[], Record<string, string>, RegExp]> = [
    ['a database URL of another kind', ['migrate'], { DATELINE_DATABASE_URL: 'mysql://x' },
      /^dateline: DATELINE_DATABASE_URL: must start with sqlite: or postgres:\/\/ .*not "mysql:\/\/x"\n$/],
    ['a --database flag of another kind', ['demo', '--database', 'db.sqlite'], {},
      /^dateline: --database: must start with sqlite: or postgres:\/\/ .*not "db.sqlite"\n$/],
    ['a port that is not a number', ['serve'], { PORT: 'eighty', DATELINE_DATABASE_URL: 'sqlite::memory:' },
      /^dateline: PORT: must be a port number from 0 to 65535, not "eighty"\n$/],
    ['a --port out of range', ['serve', '--port', '70000'], {},
      /^dateline: --port: must be a port number from 0 to 65535, not "70000"\n$/],
    ['a language list with a bad tag', ['import', 'x.md'], { DATELINE_LANGUAGES: 'en,French' },
      /^dateline: DATELINE_LANGUAGES: "French" is not a BCP 47 language tag\n$/],
  ];
  for (const [what, args, env, message] of cases) {
    it(`stops with exit 2 and one line naming the variable: ${what}`, async () => {
      const run = await runCli(args, env);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    });
  }

  it('says in one line, exit 1, when the database does not answer', async () => {
    const run = await runCli(['migrate'], { DATELINE_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^dateline: .*ECONNREFUSED.*\n$/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });
});
