import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake shown by round 26 (held-out-26): each test is one class, written with code of
// its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

/** A settings reader of the house: failures are logged and a default value is handed back. */
const recoveringReader = (name: string, area: string) => `export function ${name}<T>(key: string, fallback: T): T {
  const parse = (raw: string): T => {
    try {
      return JSON.parse(raw) as T;
    } catch (error) {
      console.error('Could not parse ${area} value', error);
      return fallback;
    }
  };
  try {
    const raw = window.${area}.getItem(key);
    return raw ? parse(raw) : fallback;
  } catch (error) {
    console.warn(\`Could not read ${area} key \${key}\`, error);
    return fallback;
  }
}

export function write${name}<T>(key: string, value: T): void {
  try {
    window.${area}.setItem(key, JSON.stringify(value));
  } catch (error) {
    console.warn(\`Could not write ${area} key \${key}\`, error);
  }
}
`;

describe('round 26: a catch clause that logs the error and returns null', () => {
  it('reads `catch (error) { log(error); return null }` as recovering, in a house whose catch clauses log and return a default', async () => {
    const root = repo({
      'src/local.ts': recoveringReader('readLocal', 'localStorage'),
      'src/session.ts': recoveringReader('readSession', 'sessionStorage'),
      'src/peek.ts': `export function peekLocal<T>(key: string): T | null {
  const parse = (raw: string): T | null => {
    try {
      return JSON.parse(raw) as T;
    } catch (error) {
      console.error('Could not parse stored value', error);
      return null;
    }
  };
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? parse(raw) : null;
  } catch (error) {
    console.warn(\`Could not read key \${key}\`, error);
    return null;
  }
}
`,
    });
    const report = await checkConformance({ root, examples: ['src/local.ts', 'src/session.ts'], files: ['src/peek.ts'] });
    expect(report.categoryBreakdown['error-handling']).toBe(0);
    expect(report.driftScore).toBeLessThan(10);
    // A silent `catch { return null }` still hands the failure to the caller as null.
    expect((await silentNullsInThrowingHouse())['error-handling']).toBeGreaterThan(0);
  });
});

/** The error-handling breakdown of a data class returning null from silent catch clauses, in a house that throws. */
async function silentNullsInThrowingHouse(): Promise<Record<string, number>> {
  const thrower = (name: string) => `export class ${name} {
  constructor(private readonly db: Db) {}

  async find(id: string): Promise<Row> {
    const row = await this.db.get(id);
    if (!row) throw new NotFoundError(id);
    return row;
  }

  async remove(id: string): Promise<void> {
    if (!id) throw new TypeError('id required');
    await this.db.delete(id);
  }
}
`;
  const root = repo({
    'src/users.ts': thrower('Users'),
    'src/teams.ts': thrower('Teams'),
    'src/orders.ts': `export class Orders {
  constructor(private readonly db: Db) {}

  async find(id: string): Promise<Row | null> {
    try {
      return await this.db.get(id);
    } catch {
      return null;
    }
  }

  async remove(id: string): Promise<boolean | null> {
    try {
      await this.db.delete(id);
      return true;
    } catch {
      return null;
    }
  }
}
`,
  });
  const report = await checkConformance({ root, examples: ['src/users.ts', 'src/teams.ts'], files: ['src/orders.ts'] });
  return report.categoryBreakdown;
}

/** An API of the house: methods return `{ data, error }`, throwing only when asked to or for errors they do not know. */
const resultApi = (name: string, path: string) => `import { get, post, isApiError } from './fetch';

export class ${name} {
  protected shouldThrow = false;

  constructor(private readonly url: string) {}

  throwOnError(): this {
    this.shouldThrow = true;
    return this;
  }

  async list() {
    try {
      const data = await get(\`\${this.url}/${path}\`);
      return { data, error: null };
    } catch (error) {
      if (this.shouldThrow) throw error;
      if (isApiError(error)) return { data: null, error };
      throw error;
    }
  }

  async create(body: object) {
    try {
      const data = await post(\`\${this.url}/${path}\`, body);
      return { data, error: null };
    } catch (error) {
      if (this.shouldThrow) {
        throw error;
      }
      if (isApiError(error)) {
        return { data: null, error };
      }
      throw error;
    }
  }
}
`;

describe('round 26: a catch clause converting errors to results, with rethrows in some branches', () => {
  it('reads the clause and its rethrows as the result convention, so an API that throws diverges', async () => {
    const root = repo({
      'src/buckets.ts': resultApi('Buckets', 'bucket'),
      'src/objects.ts': resultApi('Objects', 'object'),
      'src/tokens.ts': `import { ApiException, type Client } from './client';

export class Tokens {
  constructor(private readonly client: Client) {}

  list(bucketId: string) {
    if (typeof bucketId === 'undefined') {
      throw new ApiException('Missing required parameter: "bucketId"');
    }
    return this.client.call('get', \`/tokens/\${bucketId}\`);
  }

  create(bucketId: string, fileId: string) {
    if (typeof bucketId === 'undefined') {
      throw new ApiException('Missing required parameter: "bucketId"');
    }
    if (typeof fileId === 'undefined') {
      throw new ApiException('Missing required parameter: "fileId"');
    }
    return this.client.call('post', \`/tokens/\${bucketId}/\${fileId}\`);
  }
}
`,
    });
    const report = await checkConformance({ root, examples: ['src/buckets.ts', 'src/objects.ts'], files: ['src/tokens.ts'] });
    expect(report.categoryBreakdown['error-handling']).toBeGreaterThan(0);
    expect(report.driftScore).toBeGreaterThanOrEqual(10);
  });
});

/** A command of the house: it throws usage errors and errors it decorates with a code. */
const throwingCommand = (name: string) => `const BaseCommand = require('../base-cmd.js')

class ${name} extends BaseCommand {
  async exec (args) {
    if (!args.length) {
      throw this.usageError()
    }
    const found = await this.lookup(args[0])
    if (!found) {
      throw new Error('not found: ' + args[0])
    }
    return found
  }

  async lookup (name) {
    if (name.startsWith('@')) {
      throw new TypeError('scoped names are not supported')
    }
    return this.npm.registry.get(name)
  }
}

module.exports = ${name}
`;

describe('round 26: an error decorated by a call and thrown', () => {
  it('reads `throw Object.assign(new Error(…), { code })` as a throw, not an error handed to a collector', async () => {
    const root = repo({
      'lib/commands/star.js': throwingCommand('Star'),
      'lib/commands/owner.js': throwingCommand('Owner'),
      'lib/commands/audit.js': `const BaseCommand = require('../base-cmd.js')

class Audit extends BaseCommand {
  async exec (args) {
    const cmd = args[0]
    if (cmd !== 'fix' && cmd !== 'signatures') {
      throw Object.assign(new Error(cmd + ' not recognized'), { code: 'EUSAGE' })
    }
    if (!this.npm.lockfile) {
      throw Object.assign(new Error('audit needs a lockfile'), { code: 'ENOLOCK' })
    }
    return this.npm.audit(cmd)
  }
}

module.exports = Audit
`,
    });
    const report = await checkConformance({
      root,
      examples: ['lib/commands/star.js', 'lib/commands/owner.js'],
      files: ['lib/commands/audit.js'],
    });
    expect(report.categoryBreakdown['error-handling']).toBe(0);
    expect(report.driftScore).toBeLessThan(10);
  });
});

/** One small visitor of a tree transformer. */
const visitor = (i: number) => `  function visit${i}(node, compressor) {
    if (node.body) node.body = node.body.filter(Boolean)
    return node.optimize(compressor)
  }
`;

describe('round 26: one error style among many functions of the implementation', () => {
  it('reads a single `return null` in a file of a dozen visitors as an anecdote, in a house that throws', async () => {
    const thrower = (name: string) => `export function ${name}(items, node) {
  if (!items.length) throw new Error('${name}: empty')
  if (!node) throw new TypeError('${name}: no node')
  return items.map((x) => x.clone(node))
}

export function ${name}Statement(thing) {
  if (Array.isArray(thing)) return thing
  throw new Error('cannot convert thing')
}
`;
    const visitors = Array.from({ length: 12 }, (_, i) => visitor(i)).join('\n');
    const root = repo({
      'lib/compress/sequence.js': thrower('makeSequence'),
      'lib/compress/statements.js': thrower('asStatements'),
      'lib/compress/tighten.js': `export function tighten(statements, compressor) {
${visitors}
  function dropEmpty(node) {
    if (node.expressions.length === 0) return null
    return node
  }
  return statements.map((s) => dropEmpty(visit0(s, compressor)))
}
`,
    });
    const report = await checkConformance({
      root,
      examples: ['lib/compress/sequence.js', 'lib/compress/statements.js'],
      files: ['lib/compress/tighten.js'],
    });
    expect(report.categoryBreakdown['error-handling']).toBe(0);
  });
});

/** A command of the house: it works on what it is given and logs through the helpers module. */
const plainCommand = (name: string) => `import { log } from '../../utils/command-helpers.js'
import type BaseCommand from '../base-command.js'

export const ${name} = async (key: string, options: { json?: boolean }, command: BaseCommand) => {
  const { api, site } = command.netlify
  const value = await api.getValue({ siteId: site.id, key })
  if (options.json) {
    log(JSON.stringify({ [key]: value }))
    return
  }
  log(value)
}
`;

describe('round 26: a helper object imported from a utility module', () => {
  it('reads `chalk` imported from `../utils/command-helpers.js` as a helper, not a shared service; `db` from `../utils/db.js` still is one', async () => {
    const command = (from: string, name: string) => `import { log, ${name} } from '${from}'
import type BaseCommand from '../base-command.js'

export const envUnset = async (key: string, options: { force?: boolean }, command: BaseCommand) => {
  const { api, site } = command.netlify
  await api.deleteValue({ siteId: site.id, key })
  log(\`Unset \${${name}.yellow(key)}\`)
}

export const envClear = async (options: { force?: boolean }, command: BaseCommand) => {
  const { api, site } = command.netlify
  await api.clear({ siteId: site.id })
  log(${name}.green('Cleared'))
}
`;
    const root = repo({
      'src/commands/env/env-get.ts': plainCommand('envGet'),
      'src/commands/env/env-list.ts': plainCommand('envList'),
      'src/commands/env/env-unset.ts': command('../../utils/command-helpers.js', 'chalk'),
      'src/commands/env/env-drop.ts': command('../../utils/db.js', 'db'),
    });
    const examples = ['src/commands/env/env-get.ts', 'src/commands/env/env-list.ts'];
    const helper = await checkConformance({ root, examples, files: ['src/commands/env/env-unset.ts'] });
    expect(helper.categoryBreakdown['data-flow']).toBe(0);
    const service = await checkConformance({ root, examples, files: ['src/commands/env/env-drop.ts'] });
    expect(service.categoryBreakdown['data-flow']).toBeGreaterThan(0);
  });
});

describe('round 26: a schema bound to a PascalCase name', () => {
  it('reads `const ZBackupCodes = z.array(z.string())` as a type name, not the house variable convention', async () => {
    const root = repo({
      'src/2fa/get-codes.ts': `import { z } from 'zod';
import { decrypt } from '../crypto';

const ZBackupCodes = z.array(z.string());

export const getCodes = ({ secret }: { secret: string }) => {
  const data = JSON.parse(decrypt(secret));
  return ZBackupCodes.parse(data);
};
`,
      'src/2fa/get-methods.ts': `import { z } from 'zod';

const ZMethods = z.object({ totp: z.boolean(), email: z.boolean() });
const ZStoredMethods = ZMethods.partial();

export const getMethods = ({ stored }: { stored: string }) => ZStoredMethods.parse(JSON.parse(stored));
`,
      'src/2fa/enable.ts': `import { prisma } from '../prisma';

export const enableTwoFactor = async ({ userId, code }: { userId: number; code: string }) => {
  const isValidToken = await verify(userId, code);
  const recoveryCodes: string[] = [];
  const updatedUser = await prisma.user.update({ where: { id: userId }, data: { enabled: isValidToken } });
  return { updatedUser, recoveryCodes };
};
`,
    });
    const report = await checkConformance({
      root,
      examples: ['src/2fa/get-codes.ts', 'src/2fa/get-methods.ts'],
      files: ['src/2fa/enable.ts'],
    });
    expect(report.categoryBreakdown.naming).toBe(0);
  });
});

describe('round 26: a module-level memo cache', () => {
  it('reads a `const` cache filled key by key after a lookup as memoization, not shared state; a registry written without lookup still is state', async () => {
    const pure = (name: string) => `export function ${name}(value: string): string {
  return value.replace(/[&<>]/g, (c) => '&#' + c.charCodeAt(0) + ';')
}

export function ${name}Comment(src: string): string {
  return src.replace(/^-?>|<!--|-->|--!>|<!-$/g, '')
}
`;
    const root = repo({
      'src/escape.ts': pure('escapeHtml'),
      'src/comment.ts': pure('escapeXml'),
      'src/attrs.ts': `const unsafeChars = /[>/="'\\u0020]/
const validationCache: Record<string, boolean> = {}

export function isSafeAttrName(name: string): boolean {
  if (validationCache.hasOwnProperty(name)) {
    return validationCache[name]
  }
  return (validationCache[name] = !unsafeChars.test(name))
}

export function isBooleanAttr(value: unknown): boolean {
  return !!value || value === ''
}
`,
      'src/registry.ts': `const handlers: Record<string, Handler> = {}

export function register(name: string, handler: Handler): void {
  handlers[name] = handler
}

export function isBooleanAttr(value: unknown): boolean {
  return !!value || value === ''
}
`,
    });
    const examples = ['src/escape.ts', 'src/comment.ts'];
    const memo = await checkConformance({ root, examples, files: ['src/attrs.ts'] });
    expect(memo.categoryBreakdown['data-flow']).toBe(0);
    const registry = await checkConformance({ root, examples, files: ['src/registry.ts'] });
    expect(registry.categoryBreakdown['data-flow']).toBeGreaterThan(0);
  });
});

describe('round 26: UPPER_SNAKE constants in a JavaScript house', () => {
  it('reads UPPER_SNAKE constants as in style beside PascalCase ones (ESLint camelcase lets them pass); camelCase ones among UPPER_SNAKE stay foreign', async () => {
    const controller = (name: string, constants: string) => `${constants}

export class ${name}Controller {
  constructor(adapter, options = {}) {
    this.adapter = adapter
    this.options = options
  }

  getConfig(appId) {
    const cached = this.options.cache.get(appId)
    return cached || this.adapter.load(appId)
  }
}
`;
    const root = repo({
      'src/Controllers/GraphQLController.js': controller(
        'GraphQL',
        "const GraphQLConfigClassName = '_GraphQLConfig'\nconst GraphQLConfigId = '1'\nconst GraphQLConfigKey = 'config'",
      ),
      'src/Controllers/PushController.js': controller('Push', "const PushStatusClassName = '_PushStatus'\nconst PushDefaultBatch = 'auto'"),
      'src/Controllers/LoggerController.js': controller(
        'Logger',
        'const MILLISECONDS_IN_A_DAY = 24 * 60 * 60 * 1000\nconst LOG_STRING_TRUNCATE_LENGTH = 1000',
      ),
      'src/Controllers/QueueController.js': controller(
        'Queue',
        "const MAX_BATCH = 100\nconst DEFAULT_QUEUE = 'jobs'\nconst RETRY_LIMIT = 5",
      ),
      'src/Controllers/CacheController.js': controller('Cache', "const maxEntries = 100\nconst defaultTtl = 'day'"),
    });
    const upper = await checkConformance({
      root,
      examples: ['src/Controllers/GraphQLController.js', 'src/Controllers/PushController.js'],
      files: ['src/Controllers/LoggerController.js'],
    });
    expect(upper.categoryBreakdown.naming).toBe(0);
    const camel = await checkConformance({
      root,
      examples: ['src/Controllers/LoggerController.js', 'src/Controllers/QueueController.js'],
      files: ['src/Controllers/CacheController.js'],
    });
    expect(camel.categoryBreakdown.naming).toBeGreaterThan(0);
  });
});

describe('round 26: a module-level value computed on first use', () => {
  it('reads `let pkg; if (!pkg) { …; pkg = data } return pkg` as memoization; a client made on first use stays a singleton', async () => {
    const fetcher = (name: string) => `export const ${name} = async (api: Api, siteName: string): Promise<Site> => {
  const sites = await api.listSites({ name: siteName })
  if (sites.length === 0) throw new Error(\`No site named \${siteName}\`)
  return sites[0]
}
`;
    const lazy = (value: string) => `import { readFile } from 'fs/promises'

let cached: Package | undefined

export const getPackage = async (): Promise<Package> => {
  if (!cached) {
    const data = JSON.parse(await readFile('package.json', 'utf-8'))
    cached = ${value}
  }
  return cached
}
`;
    const root = repo({
      'src/utils/get-site.ts': fetcher('getSite'),
      'src/utils/get-repo.ts': fetcher('getRepo'),
      'src/utils/get-package.ts': lazy('data as Package'),
      'src/utils/get-client.ts': lazy('new Client(data.registry)'),
    });
    const examples = ['src/utils/get-site.ts', 'src/utils/get-repo.ts'];
    const value = await checkConformance({ root, examples, files: ['src/utils/get-package.ts'] });
    expect(value.categoryBreakdown['data-flow']).toBe(0);
    const client = await checkConformance({ root, examples, files: ['src/utils/get-client.ts'] });
    expect(client.categoryBreakdown['data-flow']).toBeGreaterThan(0);
  });
});
