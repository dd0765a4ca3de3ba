import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from './run-cli.js';

const COMMANDS = ['serve', 'migrate', 'demo', 'apikey', 'import'];

describe('dateline --help', { concurrency: true }, () => {
  it('lists every command, on stdout, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli([flag]);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /^Usage: dateline <command>/);
      for (const name of COMMANDS) assert.match(run.stdout, new RegExp(`^  ${name} `, 'm'), name);
      assert.equal(run.stderr, '');
    }
  });

  it('gives each command usage, options and an example', async () => {
    for (const name of COMMANDS) {
      for (const args of [[name, '--help'], [name, '-h'], ['help', name]]) {
        const run = await runCli(args);
        assert.equal(run.code, 0, args.join(' '));
        assert.match(run.stdout, new RegExp(`^Usage: dateline ${name}`), args.join(' '));
        assert.match(run.stdout, /\nOptions:\n/, args.join(' '));
        assert.match(run.stdout, /\nExample:\n  .*dateline /, args.join(' '));
      }
    }
  });

  it('answers --help before checking the rest of the command line', async () => {
    const run = await runCli(['apikey', 'create', '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: dateline apikey create --scope admin\|content --name NAME/);
  });
});

describe('dateline with a wrong command line', { concurrency: true }, () => {
  const cases: Array<[string[], RegExp]> = [
    [['publish'], /^dateline: unknown command "publish" \(see dateline --help\)\n$/],
    [['--verbose'], /^dateline: unknown option --verbose \(see dateline --help\)\n$/],
    [['serve', '--prot', '80'], /^dateline: unknown option --prot for "serve" \(see dateline serve --help\)\n$/],
    [['migrate', 'now'], /^dateline: unexpected argument "now" for "migrate"/],
    [['serve', '--port'], /^dateline: Option '--port <value>' argument missing/],
    [['import', '--format', 'wxr', 'a.xml'], /^dateline: import: format "wxr" is not supported; use md\n$/],
    [['import'], /^dateline: import needs at least one file/],
    [['apikey'], /^dateline: apikey needs an action/],
    [['apikey', 'delete'], /^dateline: unknown action "delete" for "apikey"/],
    [['apikey', 'create', '--name', 'x'], /^dateline: apikey create: --scope must be admin or content\n$/],
    [['apikey', 'create', '--scope', 'root', '--name', 'x'], /^dateline: apikey create: --scope must be admin or content, not "root"\n$/],
    [['apikey', 'create', '--scope', 'admin'], /^dateline: apikey create: --name NAME is required\n$/],
  ];
  for (const [args, message] of cases) {
    it(`exits 2 with one line for: dateline ${args.join(' ')}`, async () => {
      const run = await runCli(args);
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
      assert.equal(run.stdout, '');
    });
  }

  it('prints the usage on stderr and exits 2 when no command is given', async () => {
    const run = await runCli([]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^Usage: dateline <command>/);
    assert.equal(run.stdout, '');
  });
});
