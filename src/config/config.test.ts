import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config.js';

/** Asserts that loading `env` fails with a ConfigError about `variable`. */
function assertConfigError(env: Record<string, string>, variable: string, flags = {}): void {
  assert.throws(() => loadConfig(env, flags), (err: unknown) => {
    assert.ok(err instanceof ConfigError, String(err));
    assert.equal(err.variable, variable);
    assert.ok(err.message.startsWith(`${variable}: `), err.message);
    assert.ok(!err.message.includes('\n'), 'one line');
    return true;
  });
}

describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    const config = loadConfig({});
    assert.deepEqual(config.database, { dialect: 'sqlite', file: './data/dateline.db', url: 'sqlite:./data/dateline.db' });
    assert.equal(config.port, 3000);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.siteUrl, 'http://127.0.0.1:3000');
    assert.deepEqual(config.languages, ['en', 'fr', 'es', 'ar', 'zh', 'ru']);
    assert.equal(config.mediaDir, './data/media');
    assert.equal(config.logLevel, 'info');
    assert.equal(config.pageCacheEntries, 2000);
  });

  it('keeps webhooks off private addresses unless DATELINE_WEBHOOKS_ALLOW_PRIVATE=1, with a 10 s timeout', () => {
    const config = loadConfig({});
    assert.equal(config.webhooksAllowPrivate, false);
    assert.equal(config.webhooksTimeoutMs, 10_000);
    assert.equal(loadConfig({ DATELINE_WEBHOOKS_ALLOW_PRIVATE: '1' }).webhooksAllowPrivate, true);
    assert.equal(loadConfig({ DATELINE_WEBHOOKS_ALLOW_PRIVATE: '0' }).webhooksAllowPrivate, false);
    assert.equal(loadConfig({ DATELINE_WEBHOOKS_TIMEOUT_MS: '250' }).webhooksTimeoutMs, 250);
    assertConfigError({ DATELINE_WEBHOOKS_ALLOW_PRIVATE: 'yes please' }, 'DATELINE_WEBHOOKS_ALLOW_PRIVATE');
    assertConfigError({ DATELINE_WEBHOOKS_TIMEOUT_MS: '0' }, 'DATELINE_WEBHOOKS_TIMEOUT_MS');
  });

  it('is frozen, down to its database and languages', () => {
    const config = loadConfig({});
    assert.ok(Object.isFrozen(config));
    assert.ok(Object.isFrozen(config.database));
    assert.ok(Object.isFrozen(config.languages));
  });

  it('reads the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATELINE_DATABASE_URL: 'postgres://user@db.example:5432/news',
      DATELINE_SITE_URL: 'https://news.example.org/',
      DATELINE_LANGUAGES: 'fr, en ,zh-Hant,fr',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.host, '0.0.0.0');
    assert.deepEqual(config.database, { dialect: 'postgres', url: 'postgres://user@db.example:5432/news' });
    assert.equal(config.siteUrl, 'https://news.example.org');
    assert.deepEqual(config.languages, ['fr', 'en', 'zh-Hant']);
  });

  it('links to a loopback address when bound to every interface', () => {
    assert.equal(loadConfig({ HOST: '0.0.0.0', PORT: '4000' }).siteUrl, 'http://127.0.0.1:4000');
    assert.equal(loadConfig({ HOST: '::1', PORT: '4000' }).siteUrl, 'http://[::1]:4000');
  });

  it('lets flags win over the environment, and names the flag when it is bad', () => {
    const config = loadConfig({ PORT: '8080', DATELINE_DATABASE_URL: 'sqlite:a.db' }, { port: '9090', database: 'sqlite:b.db' });
    assert.equal(config.port, 9090);
    assert.deepEqual(config.database, { dialect: 'sqlite', file: 'b.db', url: 'sqlite:b.db' });
    assertConfigError({ PORT: '8080' }, '--port', { port: 'eighty' });
    assertConfigError({}, '--database', { database: 'mysql://x' });
  });

  it('refuses a bad PORT, naming it', () => {
    for (const port of ['abc', '-1', '65536', '80.5', '', ' 80']) assertConfigError({ PORT: port }, 'PORT');
  });

  it('refuses a bad DATELINE_DATABASE_URL, naming it', () => {
    for (const url of ['mysql://localhost/db', './data/dateline.db', 'sqlite:', 'sqlite://', 'postgres://[bad']) {
      assertConfigError({ DATELINE_DATABASE_URL: url }, 'DATELINE_DATABASE_URL');
    }
  });

  it('refuses bad DATELINE_LANGUAGES, naming them', () => {
    assertConfigError({ DATELINE_LANGUAGES: ' , ' }, 'DATELINE_LANGUAGES');
    assertConfigError({ DATELINE_LANGUAGES: 'en,English' }, 'DATELINE_LANGUAGES');
    assertConfigError({ DATELINE_LANGUAGES: 'en,f' }, 'DATELINE_LANGUAGES');
  });

  it('refuses a bad site URL, log level and cache size', () => {
    assertConfigError({ DATELINE_SITE_URL: 'news.example.org' }, 'DATELINE_SITE_URL');
    assertConfigError({ DATELINE_SITE_URL: 'ftp://news.example.org' }, 'DATELINE_SITE_URL');
    assertConfigError({ DATELINE_LOG_LEVEL: 'loud' }, 'DATELINE_LOG_LEVEL');
    assertConfigError({ DATELINE_PAGE_CACHE_ENTRIES: '0' }, 'DATELINE_PAGE_CACHE_ENTRIES');
  });
});

describe('parseDatabaseUrl', () => {
  it('understands relative, absolute and in-memory SQLite, and PostgreSQL URLs', () => {
    assert.deepEqual(parseDatabaseUrl('X', 'sqlite:./d.db'), { dialect: 'sqlite', file: './d.db', url: 'sqlite:./d.db' });
    assert.deepEqual(parseDatabaseUrl('X', 'sqlite:///var/d.db'), { dialect: 'sqlite', file: '/var/d.db', url: 'sqlite:///var/d.db' });
    assert.deepEqual(parseDatabaseUrl('X', 'sqlite::memory:'), { dialect: 'sqlite', file: ':memory:', url: 'sqlite::memory:' });
    assert.equal(parseDatabaseUrl('X', 'postgresql://u@h/db').dialect, 'postgres');
  });
});
