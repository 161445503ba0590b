import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake shown by round 24 (held-out-24): each test is one class, written with code of
// its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

/** A client of the house: methods that hand back the library's promise, chained with `.then`/`.catch`. */
const chainingClient = (name: string, lib: string) => `import { Base } from './base';

export class ${name} extends Base {
  request(options: RequestOptions) {
    return this.connection
      .${lib}(options.url, { method: options.method, body: options.body })
      .then((res: Reply) => res.data)
      .catch((error: Failure) => {
        throw error.response ? error.response.data : error;
      });
  }

  ping() {
    return this.connection.${lib}('/ping').then((res: Reply) => res.status === 200);
  }
}
`;

/** A sibling client over a library that only takes callbacks: it builds the promise its callers chain on. */
const promisifyingClient = `import { Base } from './base';

export class StreamClient extends Base {
  request(options: RequestOptions) {
    const call = this.connection(options.method, options.url).accept('json');

    return new Promise((resolve, reject) => {
      if (options.body) {
        call.send(options.body);
      }
      call.end(function (error: Failure, res: Reply) {
        if (error) {
          return reject(error);
        }
        resolve(res && res.body);
      });
    });
  }

  ping() {
    return new Promise((resolve) => this.connection('GET', '/ping').end((err: Failure) => resolve(!err)));
  }
}
`;

/** A plugin of the house: a factory whose hooks await and return what they produce. */
const awaitingPlugin = (name: string) => `import { readFile } from 'node:fs/promises';

export default function ${name}(options = {}) {
  return {
    name: '${name}',
    async load(id) {
      const text = await readFile(id, 'utf8');
      return text;
    },
    async transform(code, id) {
      const out = await options.compile(code, id);
      return { code: out, map: null };
    },
    async buildStart() {
      await options.prepare?.();
    },
  };
}
`;

describe('round 24: promise code that builds its promise around a callback API', () => {
  it('reads a method returning `new Promise(executor)` over callbacks as promise code, in a house of `.then` chains', async () => {
    const root = repo({
      'src/axios-client.ts': chainingClient('AxiosClient', 'request'),
      'src/fetch-client.ts': chainingClient('FetchClient', 'fetch'),
      'src/stream-client.ts': promisifyingClient,
    });
    const report = await checkConformance({
      root,
      examples: ['src/axios-client.ts', 'src/fetch-client.ts'],
      files: ['src/stream-client.ts'],
    });
    expect(report.categoryBreakdown['async-style']).toBe(0);
    expect(report.driftScore).toBeLessThan(10);
  });
});

describe('round 24: an async function that hands its result to an error-first callback', () => {
  it('reads a loader that awaits but answers through `callback(null, result)` as callback style, in a house of hooks that return; `next(err)` alone is not', async () => {
    const root = repo({
      'plugins/json.js': awaitingPlugin('json'),
      'plugins/yaml.js': awaitingPlugin('yaml'),
      'loaders/style.js': `import { compile } from './compile';

export default async function styleLoader(source) {
  const options = this.getOptions();
  const callback = this.async();
  let result;

  try {
    result = await compile(source, options);
  } catch (error) {
    callback(error);
    return;
  }

  for (const file of result.imports) {
    this.addDependency(file);
  }

  callback(null, result.css, result.map);
}
`,
    });
    const report = await checkConformance({ root, examples: ['plugins/json.js', 'plugins/yaml.js'], files: ['loaders/style.js'] });
    expect(report.categoryBreakdown['async-style']).toBeGreaterThan(0);
    expect(report.driftScore).toBeGreaterThanOrEqual(10);
    // Handing on an error alone (`next(err)` in an async middleware) leaves the result to the promise.
    const middleware = repo({
      'plugins/json.js': awaitingPlugin('json'),
      'plugins/yaml.js': awaitingPlugin('yaml'),
      'middleware/load.js': `export default function loadMiddleware(options = {}) {
  return async function load(req, res, next) {
    try {
      req.body = await options.compile(req.url);
      next();
    } catch (err) {
      next(err);
    }
  };
}
`,
    });
    const kept = await checkConformance({
      root: middleware,
      examples: ['plugins/json.js', 'plugins/yaml.js'],
      files: ['middleware/load.js'],
    });
    expect(kept.categoryBreakdown['async-style']).toBe(0);
  });
});

/** A bundler plugin of the house: hooks that return null to pass a module on, a string when they own it. */
const skippingPlugin = (name: string) => `const PREFIX = '\\0${name}:';

export default function ${name}(modules) {
  return {
    name: '${name}',
    resolveId(id) {
      if (!(id in modules)) return null;
      return PREFIX + id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      return modules[id.slice(PREFIX.length)];
    },
  };
}
`;

describe('round 24: the source a bundler hook returns', () => {
  it('reads `return { code, map }` and `{ code, meta }` as generated source, not an error code', async () => {
    const root = repo({
      'packages/virtual/index.js': skippingPlugin('virtual'),
      'packages/entries/index.js': skippingPlugin('entries'),
      'packages/legacy/index.js': `import { compile } from './compile';

export default function legacy(globals) {
  return {
    name: 'legacy',
    load(id) {
      if (!(id in globals)) return null;
      return { code: \`export default window.\${globals[id]};\`, meta: { legacy: true } };
    },
    transform(source, id) {
      if (!id.endsWith('.legacy.js')) return null;
      const output = compile(source, id);
      return { code: output.text, map: output.sourceMap };
    },
  };
}
`,
    });
    const report = await checkConformance({
      root,
      examples: ['packages/virtual/index.js', 'packages/entries/index.js'],
      files: ['packages/legacy/index.js'],
    });
    expect(report.categoryBreakdown['error-handling']).toBe(0);
    expect(report.driftScore).toBeLessThan(10);
  });
});

describe('round 24: a variable that holds a constructor', () => {
  it('names `let Route = null` (loaded lazily, used with `new`) as a class, not as the house variable convention', async () => {
    const lazyRoute = (name: string) => `'use strict';

const internals = {};

let Route = null;                           // Delayed load due to circular dependency


exports.${name} = function (server, settings) {

    Route = Route || require('./route');
    const route = new Route(settings, server, { special: true });
    return route;
};
`;
    const root = repo({
      'lib/cors.js': lazyRoute('options'),
      'lib/security.js': lazyRoute('route'),
      'lib/headers.js': `'use strict';

exports.content = function (request) {

    const contentType = request.headers['content-type'];
    const acceptEncoding = request.headers['accept-encoding'];
    const varyHeader = request.response.headers.vary;
    return { contentType, acceptEncoding, varyHeader };
};
`,
    });
    const report = await checkConformance({ root, examples: ['lib/cors.js', 'lib/security.js'], files: ['lib/headers.js'] });
    expect(report.categoryBreakdown.naming).toBe(0);
    expect(report.driftScore).toBeLessThan(10);
  });
});

/** A module of the house: async functions that await and throw. */
const awaitingModule = (name: string) => `'use strict';

const Boom = require('@hapi/boom');

exports.${name} = async function (request, h) {

    const payload = await request.read();
    if (!payload) {
        throw Boom.badRequest('Missing payload');
    }

    await h.state.save(payload);
    return h.response(payload);
};

exports.${name}Batch = async function (requests, h) {

    const results = [];
    for (const request of requests) {
        results.push(await exports.${name}(request, h));
    }

    return results;
};
`;

describe('round 24: Node stream implementer methods', () => {
  it('takes `_transform(chunk, encoding, callback)` of a Transform subclass as Node’s contract, not callback style, in a house that awaits', async () => {
    const root = repo({
      'lib/payload.js': awaitingModule('payload'),
      'lib/state.js': awaitingModule('state'),
      'lib/peek.js': `'use strict';

const Stream = require('stream');

exports.Peek = class extends Stream.Transform {

    constructor(emitter) {

        super();
        this._emitter = emitter;
    }

    _transform(chunk, encoding, callback) {

        if (!this._emitter) {
            return callback(new Error('Peek stream closed'));
        }

        this._emitter.emit('peek', chunk, encoding);
        this.push(chunk, encoding);
        callback();
    }

    _flush(callback) {

        this._emitter.emit('finish');
        callback();
    }
};

exports.attach = async function (response) {

    const peek = new exports.Peek(response.events);
    await response.ready();
    return response.source.pipe(peek);
};
`,
    });
    const report = await checkConformance({ root, examples: ['lib/payload.js', 'lib/state.js'], files: ['lib/peek.js'] });
    expect(report.categoryBreakdown['async-style']).toBe(0);
    expect(report.categoryBreakdown['error-handling']).toBe(0);
    expect(report.driftScore).toBeLessThan(10);
  });
});

/** A provider of the house: a default-exported PascalCase factory named after the service, one-word locals. */
const provider = (name: string, host: string) => `import type { OAuthConfig, OAuthUserConfig } from './index.js';

export default function ${name}(options: OAuthUserConfig): OAuthConfig {
  const base = '${host}';
  return {
    id: '${name.toLowerCase()}',
    name: '${name}',
    type: 'oauth',
    authorization: \`\${base}/authorize\`,
    token: \`\${base}/token\`,
    profile(profile) {
      return { id: profile.id, name: profile.name, email: profile.email };
    },
    options,
  };
}
`;

describe('round 24: exported PascalCase factories and the naming of locals', () => {
  it('does not take a house of PascalCase provider factories for a house of PascalCase variables', async () => {
    const root = repo({
      'providers/github.ts': provider('GitHub', 'https://github.com/login/oauth'),
      'providers/gitlab.ts': provider('GitLab', 'https://gitlab.com/oauth'),
      'providers/azure.ts': `import type { OAuthConfig, OAuthUserConfig } from './index.js';

export default function AzureDevOps(options: OAuthUserConfig & { scope?: string }): OAuthConfig {
  const tokenEndpointUrl = 'https://app.vssps.visualstudio.com/oauth2/token';
  const userInfoEndpointUrl = 'https://app.vssps.visualstudio.com/_apis/profile/profiles/me';
  const requestedScope = options.scope ?? 'vso.profile';
  return {
    id: 'azure-devops',
    name: 'Azure DevOps',
    type: 'oauth',
    authorization: { params: { scope: requestedScope } },
    token: tokenEndpointUrl,
    userinfo: userInfoEndpointUrl,
    options,
  };
}
`,
    });
    const report = await checkConformance({
      root,
      examples: ['providers/github.ts', 'providers/gitlab.ts'],
      files: ['providers/azure.ts'],
    });
    expect(report.categoryBreakdown.naming).toBe(0);
    expect(report.driftScore).toBeLessThan(10);
  });
});

/** An adapter of the house: handlers that await the shared request handler. */
const awaitingAdapter = (name: string) => `import { handleRequest } from './core';

export function ${name}(opts) {
  return async (req, reply) => {
    const url = new URL(req.url, 'http://localhost');
    await handleRequest({ ...opts, req, reply, path: url.pathname.slice(1) });
  };
}

export function ${name}Plugin(server, opts) {
  server.all(opts.prefix, async (req, reply) => {
    await handleRequest({ ...opts, req, reply, path: req.params.path });
  });
}
`;

describe('round 24: a floating promise handled with `.catch`', () => {
  it('reads a non-async Express handler that runs an async body and ends it with `.catch(onError)` as fitting a house that awaits', async () => {
    const root = repo({
      'adapters/fastify.ts': awaitingAdapter('createFastifyHandler'),
      'adapters/fetch.ts': awaitingAdapter('createFetchHandler'),
      'adapters/express.ts': `import { handleRequest, onError, run } from './core';

export function createExpressMiddleware(opts) {
  return (req, res) => {
    let path = '';
    run(async () => {
      path = req.path.slice(req.path.lastIndexOf('/') + 1);
      await handleRequest({ ...opts, req, res, path });
    }).catch(onError({ req, res, path, ...opts }));
  };
}

export function createStandaloneHandler(opts) {
  return (req, res) => {
    void run(async () => {
      await handleRequest({ ...opts, req, res, path: req.url.slice(1) });
    }).catch(onError({ req, res, ...opts }));
  };
}
`,
    });
    const report = await checkConformance({ root, examples: ['adapters/fastify.ts', 'adapters/fetch.ts'], files: ['adapters/express.ts'] });
    expect(report.categoryBreakdown['async-style']).toBe(0);
    expect(report.driftScore).toBeLessThan(10);
  });
});

/** A utility of the house: pure functions of their parameters. */
const pureUtility = (name: string) => `export function ${name}<Value>(anAtom: Atom<Value>, equals = Object.is) {
  return { read: (get: Getter) => get(anAtom), equals };
}

export function ${name}Many<Value>(atoms: Atom<Value>[]) {
  return atoms.map((anAtom) => ${name}(anAtom));
}
`;

describe('round 24: module bindings that are no shared state', () => {
  it('leaves out a WeakMap memo cache, a warn-once latch and an imported function used with `.bind`', async () => {
    const root = repo({
      'utils/selectAtom.ts': pureUtility('selectAtom'),
      'utils/splitAtom.ts': pureUtility('splitAtom'),
      'utils/loadable.ts': `import { internalMutate } from './mutate';

const cache = new WeakMap<object, unknown>();
let didWarnDeprecation = false;

const memo = <T>(create: () => T, dep: object): T =>
  (cache.has(dep) ? cache : cache.set(dep, create())).get(dep) as T;

export function loadable<Value>(anAtom: Atom<Value>) {
  if (!didWarnDeprecation) {
    console.warn('[DEPRECATED] loadable is deprecated, use unwrap instead');
    didWarnDeprecation = true;
  }
  return memo(() => ({ read: (get: Getter) => get(anAtom) }), anAtom);
}

export function scopedMutate(provider: object) {
  return internalMutate.bind(undefined, provider);
}
`,
    });
    const report = await checkConformance({ root, examples: ['utils/selectAtom.ts', 'utils/splitAtom.ts'], files: ['utils/loadable.ts'] });
    expect(report.categoryBreakdown['data-flow']).toBe(0);
    expect(report.driftScore).toBeLessThan(10);
  });
});

describe('round 24: React components and contexts bound to variables', () => {
  it('names `const ConfigContext = createContext()` and `const ConfigProvider: FC = …` as components, not camelCase variables', async () => {
    const helper = (name: string) => `export const ${name} = (parentConfig, overrideConfig) => {
  const mergedConfig = { ...parentConfig, ...overrideConfig };
  const parentUse = parentConfig.use ?? [];
  const overrideUse = overrideConfig.use ?? [];
  mergedConfig.use = parentUse.concat(overrideUse);
  return mergedConfig;
};
`;
    const root = repo({
      'utils/merge-config.ts': helper('mergeConfigs'),
      'utils/merge-options.ts': helper('mergeOptions'),
      'utils/config-context.ts': `import type { FC, PropsWithChildren } from 'react';
import { createContext, createElement, useContext } from 'react';
import { mergeConfigs } from './merge-config';

export const ConfigContext = createContext({});

const ConfigProvider: FC<PropsWithChildren<{ value?: object }>> = (props) => {
  const { value } = props;
  const parentConfig = useContext(ConfigContext);
  const extendedConfig = mergeConfigs(parentConfig, value ?? {});
  return createElement(ConfigContext.Provider, { value: extendedConfig }, props.children);
};

export default ConfigProvider;
`,
    });
    const report = await checkConformance({
      root,
      examples: ['utils/merge-config.ts', 'utils/merge-options.ts'],
      files: ['utils/config-context.ts'],
    });
    expect(report.categoryBreakdown.naming).toBe(0);
    expect(report.driftScore).toBeLessThan(10);
  });
});

/** A driver of the house: methods that throw the project's error or await the client. */
const throwingDriver = (name: string) => `export class ${name}Driver {
  async connect(): Promise<void> {
    if (!this.options) throw new DriverError('No options');
    this.pool = await this.createPool(this.options);
  }

  async disconnect(): Promise<void> {
    if (!this.pool) throw new DriverError('Driver not connected');
    await this.pool.end();
    this.pool = undefined;
  }

  escape(name: string): string {
    if (name.includes('"')) throw new DriverError('Invalid name');
    return '"' + name + '"';
  }
}
`;

describe('round 24: settling a promise executor', () => {
  it('reads `return fail(err)` in `new Promise((ok, fail) => …)` as a rejection, not a Result helper', async () => {
    const root = repo({
      'driver/postgres.ts': throwingDriver('Postgres'),
      'driver/mysql.ts': throwingDriver('Mysql'),
      'driver/oracle.ts': `export class OracleDriver {
  async connect(): Promise<void> {
    if (!this.options) throw new DriverError('No options');
    this.pool = await this.createPool(this.options);
  }

  disconnect(): Promise<void> {
    return new Promise<void>((ok, fail) => {
      if (!this.pool) {
        return fail(new DriverError('Driver not connected'));
      }
      this.pool.close((err: Error | null) => {
        if (err) return fail(err);
        this.pool = undefined;
        ok();
      });
    });
  }

  createPool(options: PoolOptions): Promise<Pool> {
    return new Promise<Pool>((ok, fail) => {
      this.oracle.createPool(options, (err: Error | null, pool: Pool) => {
        if (err) return fail(err);
        ok(pool);
      });
    });
  }
}
`,
    });
    const report = await checkConformance({ root, examples: ['driver/postgres.ts', 'driver/mysql.ts'], files: ['driver/oracle.ts'] });
    expect(report.categoryBreakdown['error-handling']).toBe(0);
    expect(report.driftScore).toBeLessThan(10);
  });
});

describe('round 24: comparators', () => {
  it('reads `return -1` of a function that also returns 1 as an ordering (the sort comparator contract), not an error code', async () => {
    const validator = (name: string) => `import { BadRequest } from './errors';

export function ${name}(query: Record<string, unknown>, allowed: string[]) {
  for (const key of Object.keys(query)) {
    if (!allowed.includes(key)) throw new BadRequest(\`Invalid query parameter \${key}\`);
  }
  if (query.$limit !== undefined && Number(query.$limit) < 0) throw new BadRequest('Invalid $limit');
  return query;
}
`;
    const root = repo({
      'src/query.ts': validator('filterQuery'),
      'src/params.ts': validator('filterParams'),
      'src/sort.ts': `import { BadRequest } from './errors';

export function compareNSB(a: number | string, b: number | string): 0 | 1 | -1 {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

export function compare(a: unknown, b: unknown): 0 | 1 | -1 {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareNSB(a as number, b as number);
}

export function sorter(sort: Record<string, number>) {
  const keys = Object.keys(sort);
  if (keys.some((key) => Math.abs(sort[key]) !== 1)) throw new BadRequest('Invalid $sort');
  return (a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const key of keys) {
      const order = sort[key] * compare(a[key], b[key]);
      if (order !== 0) return order;
    }
    return 0;
  };
}
`,
    });
    const report = await checkConformance({ root, examples: ['src/query.ts', 'src/params.ts'], files: ['src/sort.ts'] });
    expect(report.categoryBreakdown['error-handling']).toBe(0);
    expect(report.driftScore).toBeLessThan(10);
  });
});
