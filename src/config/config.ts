/**
 * Configuration: the environment (and CLI flags, which win) parsed once into a frozen,
 * typed value that is passed to whoever needs it. Nothing else reads `process.env`.
 */

/** Where the data lives: an SQLite file (the default) or a PostgreSQL server. */
export type DatabaseConfig =
  | { readonly dialect: 'sqlite'; readonly file: string; readonly url: string }
  | { readonly dialect: 'postgres'; readonly url: string };

/** The whole configuration of one Dateline process. */
export interface Config {
  readonly database: DatabaseConfig;
  /** TCP port the server listens on. */
  readonly port: number;
  /** Interface the server binds to. */
  readonly host: string;
  /** Absolute origin used in links, feeds and API responses, without a trailing slash. */
  readonly siteUrl: string;
  /** Content languages (BCP 47); the first is the default. */
  readonly languages: readonly string[];
  /** Directory for uploaded media and its variants. */
  readonly mediaDir: string;
  /** Largest image upload accepted, in bytes (DATELINE_MEDIA_MAX_BYTES, default 25 MB). */
  readonly mediaMaxBytes: number;
  /** Most pixels an uploaded image may have (DATELINE_MEDIA_MAX_PIXELS, default 50 megapixels): decompression bombs. */
  readonly mediaMaxPixels: number;
  /** Name of the publication, shown in the masthead and feeds. */
  readonly siteName: string;
  /** Pino log level. */
  readonly logLevel: string;
  /** Number of rendered public responses kept in memory. */
  readonly pageCacheEntries: number;
  /** The first admin, made on an empty database (DATELINE_ADMIN_EMAIL + DATELINE_ADMIN_PASSWORD). */
  readonly firstAdmin: { readonly email: string; readonly password: string } | null;
  /** A session ends after this long without a request. */
  readonly sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however active. */
  readonly sessionMaxDays: number;
  /** Session cookies are `Secure` (true when the site URL is https). */
  readonly secureCookies: boolean;
  /** How often the job runner looks for due jobs, in milliseconds. */
  readonly jobPollMs: number;
  /**
   * Behind a reverse proxy: take the client's address from X-Forwarded-For (true: trust every
   * hop; a number: that many hops; or a comma-separated list of proxy addresses/CIDRs).
   */
  readonly trustProxy: boolean | number | string;
  /**
   * DATELINE_WEBHOOKS_ALLOW_PRIVATE=1: webhooks may be delivered to loopback and private
   * addresses (a receiver on the same machine or network). Off by default: server-side request forgery.
   */
  readonly webhooksAllowPrivate: boolean;
  /** How long one webhook delivery attempt may take, in milliseconds (DATELINE_WEBHOOKS_TIMEOUT_MS). */
  readonly webhooksTimeoutMs: number;
}

/** A configuration problem, with the variable (or flag) it concerns. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Values given on the command line; each overrides its environment variable. */
export interface ConfigFlags {
  port?: string;
  host?: string;
  database?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Parses the environment and flags; throws {@link ConfigError} naming the first bad variable. */
export function loadConfig(env: Env, flags: ConfigFlags = {}): Config {
  const port = parsePort(flags.port !== undefined ? '--port' : 'PORT', flags.port ?? env.PORT ?? '3000');
  const host = flags.host ?? env.HOST ?? '127.0.0.1';
  const database = parseDatabaseUrl(
    flags.database !== undefined ? '--database' : 'DATELINE_DATABASE_URL',
    flags.database ?? env.DATELINE_DATABASE_URL ?? 'sqlite:./data/dateline.db',
  );
  const siteUrl = parseSiteUrl(env.DATELINE_SITE_URL ?? `http://${hostForUrl(host)}:${port}`);
  const languages = parseLanguages(env.DATELINE_LANGUAGES ?? 'en,fr,es,ar,zh,ru');
  const logLevel = env.DATELINE_LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('DATELINE_LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}"`);
  }
  const pageCacheEntries = parsePositiveInt('DATELINE_PAGE_CACHE_ENTRIES', env.DATELINE_PAGE_CACHE_ENTRIES ?? '2000');
  const firstAdmin = parseFirstAdmin(env.DATELINE_ADMIN_EMAIL, env.DATELINE_ADMIN_PASSWORD);
  const sessionIdleMinutes = parsePositiveInt('DATELINE_SESSION_IDLE_MINUTES', env.DATELINE_SESSION_IDLE_MINUTES ?? '720');
  const sessionMaxDays = parsePositiveInt('DATELINE_SESSION_MAX_DAYS', env.DATELINE_SESSION_MAX_DAYS ?? '14');
  const jobPollMs = parsePositiveInt('DATELINE_JOB_POLL_MS', env.DATELINE_JOB_POLL_MS ?? '1000');
  const trustProxy = parseTrustProxy(env.DATELINE_TRUST_PROXY);
  const webhooksAllowPrivate = parseFlag('DATELINE_WEBHOOKS_ALLOW_PRIVATE', env.DATELINE_WEBHOOKS_ALLOW_PRIVATE);
  const webhooksTimeoutMs = parsePositiveInt('DATELINE_WEBHOOKS_TIMEOUT_MS', env.DATELINE_WEBHOOKS_TIMEOUT_MS ?? '10000');
  const mediaMaxBytes = parsePositiveInt('DATELINE_MEDIA_MAX_BYTES', env.DATELINE_MEDIA_MAX_BYTES ?? String(25 * 1024 * 1024));
  const mediaMaxPixels = parsePositiveInt('DATELINE_MEDIA_MAX_PIXELS', env.DATELINE_MEDIA_MAX_PIXELS ?? '50000000');
  return Object.freeze({
    database: Object.freeze(database),
    port,
    host,
    siteUrl,
    languages: Object.freeze(languages),
    mediaDir: env.DATELINE_MEDIA_DIR ?? './data/media',
    mediaMaxBytes,
    mediaMaxPixels,
    siteName: env.DATELINE_SITE_NAME ?? 'Dateline',
    logLevel,
    pageCacheEntries,
    firstAdmin: firstAdmin ? Object.freeze(firstAdmin) : null,
    sessionIdleMinutes,
    sessionMaxDays,
    secureCookies: siteUrl.startsWith('https:'),
    jobPollMs,
    trustProxy,
    webhooksAllowPrivate,
    webhooksTimeoutMs,
  });
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  if (/^[0-9a-fA-F.:/, ]+$/.test(value)) return value;
  throw new ConfigError('DATELINE_TRUST_PROXY', `must be true, a number of hops, or proxy addresses, not "${value}"`);
}

function parseFlag(variable: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new ConfigError(variable, `must be 1 (or true) to turn it on, or 0 (or false), not "${value}"`);
}

function parseFirstAdmin(email: string | undefined, password: string | undefined): { email: string; password: string } | null {
  if (email === undefined && password === undefined) return null;
  if (!email) throw new ConfigError('DATELINE_ADMIN_EMAIL', 'must be set together with DATELINE_ADMIN_PASSWORD');
  if (!password) throw new ConfigError('DATELINE_ADMIN_PASSWORD', 'must be set together with DATELINE_ADMIN_EMAIL');
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new ConfigError('DATELINE_ADMIN_EMAIL', `"${email}" is not an email address`);
  return { email: email.trim().toLowerCase(), password };
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function parsePort(variable: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 0 || n > 65535) {
    throw new ConfigError(variable, `must be a port number from 0 to 65535, not "${value}"`);
  }
  return n;
}

function parsePositiveInt(variable: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new ConfigError(variable, `must be a whole number of 1 or more, not "${value}"`);
  }
  return Number(value);
}

/** `sqlite:./path.db`, `sqlite:///abs/path.db`, `sqlite::memory:` or `postgres://…`. */
export function parseDatabaseUrl(variable: string, url: string): DatabaseConfig {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    try {
      new URL(url);
    } catch {
      throw new ConfigError(variable, `is not a valid PostgreSQL URL: "${url}"`);
    }
    return { dialect: 'postgres', url };
  }
  if (url.startsWith('sqlite:')) {
    let file = url.slice('sqlite:'.length);
    if (file.startsWith('//')) file = file.slice(2);
    if (file === '') throw new ConfigError(variable, 'names no SQLite file (e.g. sqlite:./data/dateline.db)');
    return { dialect: 'sqlite', file, url };
  }
  throw new ConfigError(
    variable,
    `must start with sqlite: or postgres:// (e.g. sqlite:./data/dateline.db), not "${url}"`,
  );
}

function parseSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATELINE_SITE_URL', `is not an absolute URL: "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('DATELINE_SITE_URL', `must be http or https, not "${url.protocol}"`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function parseLanguages(value: string): string[] {
  const langs = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (langs.length === 0) throw new ConfigError('DATELINE_LANGUAGES', 'names no language');
  for (const lang of langs) {
    if (!LANGUAGE_TAG.test(lang)) {
      throw new ConfigError('DATELINE_LANGUAGES', `"${lang}" is not a BCP 47 language tag`);
    }
  }
  return [...new Set(langs)];
}
