import { loadConfig } from '../config/config.js';
import { loadMain } from './load-main.js';
import { createApiKey, type ApiKeyScope } from '../services/api-keys.js';
import { DATABASE_OPTION, parseCommandArgs, UsageError, type Command } from './command.js';

const OPTIONS = { ...DATABASE_OPTION, scope: { type: 'string' }, name: { type: 'string' } } as const;
const SCOPES: readonly ApiKeyScope[] = ['admin', 'content'];

/** `dateline apikey create`: makes an API key and prints only the key, so scripts can capture it. */
export const apikeyCommand: Command = {
  name: 'apikey',
  summary: 'Create an API key (apikey create --scope admin|content --name NAME)',
  help: `Usage: dateline apikey create --scope admin|content --name NAME [--database URL]

Creates an API key and prints only the key on stdout (a note goes to stderr). The key is
shown this once: Dateline keeps only its hash.
  admin     writes through the Admin API (/api/admin/v1/…), sent as "Authorization: Bearer KEY"
  content   reads published content (/api/content/v1/…, /ghost/api/content/…?key=KEY);
            26 hexadecimal characters, the form Ghost's Content API client expects

Options:
  --scope S         admin or content (required)
  --name NAME       what the key is for, shown in revision histories (required)
  --database URL    sqlite:./file.db or postgres://… (default: DATELINE_DATABASE_URL)
  -h, --help        show this help

Example:
  KEY=$(dateline apikey create --scope content --name "mobile app")`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs('apikey', args, OPTIONS, true);
    const [action, ...extra] = positionals;
    if (action !== 'create') {
      throw new UsageError(
        action === undefined
          ? 'apikey needs an action: dateline apikey create --scope admin|content --name NAME'
          : `unknown action "${action}" for "apikey"; the action is create (see dateline apikey --help)`,
      );
    }
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}" for "apikey create" (see dateline apikey --help)`);
    const scope = values.scope;
    if (scope === undefined || !(SCOPES as readonly string[]).includes(scope)) {
      throw new UsageError(`apikey create: --scope must be admin or content${scope === undefined ? '' : `, not "${scope}"`}`);
    }
    if (values.name === undefined || values.name.trim() === '') throw new UsageError('apikey create: --name NAME is required');
    const config = loadConfig(io.env, { database: values.database });
    const { openRuntime } = await loadMain();
    const runtime = await openRuntime(config);
    try {
      const { key } = await createApiKey(runtime.contextFor(), { scope: scope as ApiKeyScope, name: values.name });
      io.out(key);
      io.err(`created ${scope} key "${values.name.trim()}"; it is shown only this once`);
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
