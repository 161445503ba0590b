import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake shown by round 28 (held-out-28): each test is one class, written with code of
// its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

/** A date helper of the house: a pure function of the date and amount it is given. */
const pureHelper = (unit: string, ms: number) => `import { toDate } from '../toDate/index.ts';

export function add${unit}(date: Date | number, amount: number): Date {
  const result = toDate(date);
  if (isNaN(amount)) return new Date(NaN);
  return new Date(result.getTime() + amount * ${ms});
}

export function sub${unit}(date: Date | number, amount: number): Date {
  return add${unit}(date, -amount);
}
`;

/** A plugin of a house of plugins: handed the class, it adds methods to its prototype. */
const prototypePlugin = (method: string, ms: number) => `export default (options, Moment) => {
  const proto = Moment.prototype;
  proto.${method} = function (amount) {
    return this.add(amount * ${ms}, 'ms');
  };
  const oldFormat = proto.format;
  proto.format = function (template) {
    return oldFormat.call(this, template);
  };
};
`;

describe('round 28: a plugin that patches the prototype of the class it is handed', () => {
  it('reads `const proto = C.prototype; proto.x = function …` in a function as shared data flow, in a house of pure functions', async () => {
    const root = repo({
      'src/addHours/index.ts': pureHelper('Hours', 3600000),
      'src/addMinutes/index.ts': pureHelper('Minutes', 60000),
      'src/plugin/weeks/index.js': prototypePlugin('addWeeks', 604800000),
    });
    const report = await checkConformance({
      root,
      examples: ['src/addHours/index.ts', 'src/addMinutes/index.ts'],
      files: ['src/plugin/weeks/index.js'],
    });
    expect(report.categoryBreakdown['data-flow']).toBeGreaterThan(50);
    expect(report.decision).toBe('escalate');
    // A plugin in a house of such plugins, and a module writing its own class prototype, stay in style.
    expect(await pluginHouseDataFlow()).toBe(0);
    expect(await ownPrototypeDataFlow()).toBe(0);
  });
});

/** The data-flow score of a prototype plugin in a house of prototype plugins. */
async function pluginHouseDataFlow(): Promise<number> {
  const root = repo({
    'src/plugin/hours/index.js': prototypePlugin('addHours', 3600000),
    'src/plugin/minutes/index.js': prototypePlugin('addMinutes', 60000),
    'src/plugin/weeks/index.js': prototypePlugin('addWeeks', 604800000),
  });
  const report = await checkConformance({
    root,
    examples: ['src/plugin/hours/index.js', 'src/plugin/minutes/index.js'],
    files: ['src/plugin/weeks/index.js'],
  });
  return report.categoryBreakdown['data-flow'] ?? 0;
}

/** The data-flow score of a factory that sets methods on the prototype of a class of its own module, among pure helpers. */
async function ownPrototypeDataFlow(): Promise<number> {
  const root = repo({
    'src/addHours/index.ts': pureHelper('Hours', 3600000),
    'src/addMinutes/index.ts': pureHelper('Minutes', 60000),
    'src/span/index.ts': `class Span {
  constructor(readonly ms: number) {}
}

export function defineSpan(unit: string, ms: number): typeof Span {
  (Span.prototype as Record<string, unknown>)[unit] = function (this: Span): number {
    return this.ms / ms;
  };
  return Span;
}

export function spanOf(ms: number): Span {
  return new Span(ms);
}
`,
  });
  const report = await checkConformance({
    root,
    examples: ['src/addHours/index.ts', 'src/addMinutes/index.ts'],
    files: ['src/span/index.ts'],
  });
  return report.categoryBreakdown['data-flow'] ?? 0;
}

/** A connection manager of the house: async methods awaiting the driver, callback APIs wrapped with `promisify`. */
const promisifyingManager = (name: string) => `import { promisify } from 'node:util';
import { ConnectionError, ConnectionRefusedError } from '../errors.js';

export class ${name}ConnectionManager {
  async connect(config: Config): Promise<Connection> {
    try {
      const connection = await this.driver.connect(config);
      await promisify((cb) => connection.query('SET time_zone = UTC', cb))();
      return connection;
    } catch (error) {
      if (error.code === 'ECONNREFUSED') throw new ConnectionRefusedError(error);
      throw new ConnectionError(error);
    }
  }

  async disconnect(connection: Connection): Promise<void> {
    if (connection.closed) throw new ConnectionError('already closed');
    await promisify((callback) => connection.end(callback))();
  }
}
`;

describe('round 28: callbacks handed to promisify', () => {
  it('reads `await promisify(cb => conn.end(cb))()` as the awaiting house wrapping a callback API, so callback errors stay foreign to it', async () => {
    const root = repo({
      'src/mysql/connection-manager.ts': promisifyingManager('MySql'),
      'src/mariadb/connection-manager.ts': promisifyingManager('MariaDb'),
      'src/pool/index.js': `class Pool {
  connect(cb) {
    if (this.ending) return cb(new Error('Cannot use a pool after calling end on the pool'));
    this.driver.open(this.options, (err, client) => {
      if (err) return cb(err);
      cb(null, client);
    });
  }

  query(text, cb) {
    this.connect((err, client) => {
      if (err) return cb(err);
      client.query(text, (queryErr, res) => {
        client.release();
        if (queryErr) return cb(queryErr);
        cb(null, res);
      });
    });
  }

  end(cb) {
    if (this.ended) return cb(new Error('Called end on pool more than once'));
    this.ended = true;
    this.driver.close(cb);
  }
}

module.exports = Pool;
`,
    });
    const report = await checkConformance({
      root,
      examples: ['src/mysql/connection-manager.ts', 'src/mariadb/connection-manager.ts'],
      files: ['src/pool/index.js'],
    });
    expect(report.categoryBreakdown['error-handling']).toBeGreaterThan(30);
    expect(report.categoryBreakdown['async-style']).toBeGreaterThan(0);
  });
});

/** A plugin with a class of its own: many methods beside the one function that patches the class it is handed. */
const pluginWithHelpers = `class Span {
  constructor(ms) {
    this.ms = ms;
  }

  hours() {
    return this.ms / 3600000;
  }

  minutes() {
    return this.ms / 60000;
  }

  seconds() {
    return this.ms / 1000;
  }

  plus(other) {
    return new Span(this.ms + other.ms);
  }

  minus(other) {
    return new Span(this.ms - other.ms);
  }
}

export default (options, Moment, moment) => {
  moment.span = (ms) => new Span(ms);
  Moment.prototype.spanTo = function (other) {
    return new Span(other.valueOf() - this.valueOf());
  };
};
`;

describe('round 28: a house of plugins, one function per file beside its helpers', () => {
  it('keeps a patching plugin, and a plugin adding a static, in style where the example plugins patch beside many helpers', async () => {
    const root = repo({
      'src/plugin/span/index.js': pluginWithHelpers,
      'src/plugin/hours/index.js': prototypePlugin('addHours', 3600000),
      'src/plugin/weeks/index.js': prototypePlugin('addWeeks', 604800000),
      'src/plugin/is-moment/index.js': `export default (options, Moment, moment) => {
  moment.isMoment = function (input) {
    return input instanceof Moment;
  };
};
`,
    });
    const examples = ['src/plugin/span/index.js', 'src/plugin/hours/index.js'];
    const patching = await checkConformance({ root, examples, files: ['src/plugin/weeks/index.js'] });
    expect(patching.categoryBreakdown['data-flow']).toBe(0);
    const patchingHouse = ['src/plugin/hours/index.js', 'src/plugin/weeks/index.js'];
    const staticPlugin = await checkConformance({ root, examples: patchingHouse, files: ['src/plugin/is-moment/index.js'] });
    expect(staticPlugin.categoryBreakdown['data-flow']).toBe(0);
  });
});

/** A reporter of the house: a class of camelCase methods and locals, with the constants given. */
const reporter = (name: string, constants: string) => `${constants}
export default class ${name}Reporter {
  private readonly lines: Array<string> = [];

  onTestResult(testPath: string, failed: number): void {
    const label = failed > 0 ? 'FAIL' : 'PASS';
    const relativePath = testPath.replace(process.cwd(), '');
    this.lines.push(\`\${label} \${relativePath}\`);
  }

  onRunComplete(total: number): void {
    const summaryLine = \`\${total} tests\`;
    const output = [...this.lines, summaryLine].join('\\n');
    process.stdout.write(output);
  }
}
`;

describe('round 28: one constant in the examples', () => {
  it('takes a lone UPPER_SNAKE constant of the examples for one name, not a convention a camelCase constant breaks', async () => {
    const root = repo({
      'src/SummaryReporter.ts': reporter('Summary', "const NPM_EVENTS = new Set(['test', 'pretest']);\n"),
      'src/NotifyReporter.ts': reporter('Notify', ''),
      'src/GroupReporter.ts': reporter('Group', "const titleSeparator = ' > ';\n"),
      'src/DotsReporter.ts': reporter('Dots', 'const DOTS_WRAP = 80;\nconst MAX_WIDTH = 120;\n'),
    });
    const files = ['src/GroupReporter.ts'];
    const lone = await checkConformance({ root, examples: ['src/SummaryReporter.ts', 'src/NotifyReporter.ts'], files });
    expect(lone.driftScore).toBeLessThan(10);
    // Two UPPER_SNAKE constants are the module's convention: a camelCase one stays foreign.
    const two = await checkConformance({ root, examples: ['src/DotsReporter.ts', 'src/NotifyReporter.ts'], files });
    expect(two.categoryBreakdown.naming).toBeGreaterThan(50);
  });
});

/** A module of the house: async functions awaiting the store. */
const awaitingModule = (name: string) => `export async function load${name}(store: Store, id: string): Promise<Row> {
  const row = await store.get(id);
  return row;
}

export async function save${name}(store: Store, row: Row): Promise<void> {
  await store.set(row.id, row);
}
`;

/** The async-style breakdown of a context helper whose `callback` parameter is typed as given. */
async function contextHelperAsyncStyle(callbackType: string, call: string): Promise<number> {
  const root = repo({
    'src/users.ts': awaitingModule('User'),
    'src/teams.ts': awaitingModule('Team'),
    'src/context.ts': `import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<Context>();

export function runInContext<T>(context: Context, callback: ${callbackType}) {
  return storage.run(context, ${call});
}

export function currentContext(): Context | undefined {
  return storage.getStore();
}
`,
  });
  const report = await checkConformance({ root, examples: ['src/users.ts', 'src/teams.ts'], files: ['src/context.ts'] });
  return report.categoryBreakdown['async-style'] ?? 0;
}

describe('round 28: a callback typed to return a value', () => {
  it('reads `runInContext(ctx, callback: () => T)` as synchronous, and a continuation `(err) => void` as callback style', async () => {
    expect(await contextHelperAsyncStyle('() => T', 'callback')).toBe(0);
    expect(await contextHelperAsyncStyle('(err: Error | null) => void', '() => callback(null)')).toBeGreaterThan(50);
  });
});
