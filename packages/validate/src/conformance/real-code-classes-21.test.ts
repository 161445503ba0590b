import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake L4 made on the real sets (issue 17, wave 4: the false positives and the miss
// left after rounds 18-20): each test is one class, written with code of its own, not a copy of a
// bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

const check = (root: string) => checkConformance({ root, examples: ['examples'], files: ['src'] });

/** A class module named after its class; `file` is the file's base name. */
const jsClass = (name: string) => `export default class ${name} {
  constructor(offset) {
    this.offset = offset;
  }

  get name() {
    return 'zone';
  }

  offsetAt(ts) {
    return this.offset + ts;
  }
}
`;

/** A command module that raises its own error at every failure. */
const pyCommands = (verb: string) => `class CommandError(Exception):
    pass


def ${verb}_package(name, force=False):
    if not name:
        raise CommandError("no package named")
    try:
        spec = resolve_spec(name)
    except LookupError as error:
        raise CommandError(f"cannot resolve {name}") from error
    return run_${verb}(spec, force)


def run_${verb}(spec, force):
    if spec.broken and not force:
        raise CommandError(f"{spec} is broken")
    return spec.apply()


def resolve_spec(name):
    if "/" in name:
        raise CommandError("paths are not package names")
    return lookup(name)
`;

describe('L4 on the classes of mistake left on the real sets (wave 4)', () => {
  it('takes a file named after its acronym-led class (IANAZone.js) as in a camelCase file house', async () => {
    const files = (implName: string) => ({
      'examples/fixedZone.js': jsClass('FixedZone'),
      'examples/localZone.js': jsClass('LocalZone'),
      [`src/${implName}.js`]: jsClass(implName),
    });
    const acronym = await check(repo(files('UTCZone')));
    expect(acronym.categoryBreakdown['naming']).toBe(0);
    expect(acronym.decision).toBe('accept');
    // A plain PascalCase file name is still the other convention.
    const pascal = await check(repo(files('OffsetZone')));
    expect(pascal.categoryBreakdown['naming']).toBeGreaterThan(0);
  });

  it('reads an except clause returning a fallback value as swallowing the error, not raising', async () => {
    const impl = `def ordinal(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number}th"


def comma(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number:,}"


def word(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return str(value)
    return WORDS[number]
`;
    const report = await check(
      repo({ 'examples/install.py': pyCommands('install'), 'examples/inject.py': pyCommands('inject'), 'src/number.py': impl }),
    );
    expect(report.categoryBreakdown['error-handling']).toBeGreaterThan(0);
    expect(report.decision).not.toBe('accept');
  });

  it('keeps a clause returning nothing found (None, None) out of the fallback values', async () => {
    const impl = `def load_resource(reader, path):
    try:
        resource = reader.open(path)
    except OSError:
        return None, None
    return path, resource
`;
    const house = pyCommands('install').replace(
      '    return spec.apply()',
      '    try:\n        return spec.apply()\n    except OSError as error:\n        raise CommandError("apply failed") from error',
    );
    const report = await check(repo({ 'examples/install.py': house, 'examples/inject.py': pyCommands('inject'), 'src/loader.py': impl }));
    expect(report.categoryBreakdown['error-handling']).toBe(0);
  });

  it('counts a function returning Promise.all(…) with the promise chains, so .then helpers fit its house', async () => {
    const resolver = `const { ensureStore } = require('./store');

function listAll(source) {
  return source.list();
}

async function listDone(name, db) {
  await ensureStore(name, db);
  return await db.from(name).select('id');
}

function listAllAndDone(config, db) {
  return Promise.all([listAll(config.source), listDone(config.name, db)]);
}

module.exports = { listAll, listAllAndDone, listDone };
`;
    const names = `function storeName(name, schema) {
  return schema ? schema + '.' + name : name;
}

function lockName(name) {
  return name + '_lock';
}

module.exports = { storeName, lockName };
`;
    const impl = `function ensureStore(name, db) {
  return db.schema
    .hasTable(name)
    .then((exists) => (exists ? null : db.schema.createTable(name, (t) => t.increments())))
    .then(() => db.schema.hasTable(name + '_lock'));
}

function insertLockRow(name, db) {
  return db
    .select('*')
    .from(name + '_lock')
    .then((rows) => (rows.length ? null : db.insert({ locked: 0 }).into(name + '_lock')));
}

module.exports = { ensureStore, insertLockRow };
`;
    const report = await check(repo({ 'examples/resolver.js': resolver, 'examples/names.js': names, 'src/store.js': impl }));
    expect(report.categoryBreakdown['async-style']).toBe(0);
    expect(report.decision).toBe('accept');
  });

  it("does not judge the structure of a module named as the package's utilities against a house of classes", async () => {
    const formatter = (name: string) => `import { compact } from './util'

export class ${name}Help {
  constructor(private readonly width: number) {}

  render(lines: string[]): string {
    return compact(lines).map((l) => l.padEnd(this.width)).join('\\n')
  }

  title(text: string): string {
    return text.toUpperCase()
  }
}
`;
    const util = `export function compact<T>(items: (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined)
}

export function indent(text: string, by: number): string {
  return ' '.repeat(by) + text
}

export function wrap(text: string, width: number): string[] {
  return text.length > width ? [text.slice(0, width), text.slice(width)] : [text]
}
`;
    const files = (implName: string) => ({
      'examples/command.ts': formatter('Command'),
      'examples/topic.ts': formatter('Topic'),
      [`src/${implName}.ts`]: util,
    });
    const utility = await check(repo(files('util')));
    expect(utility.categoryBreakdown['structure']).toBe(0);
    // The same functions in a module named for a concept of its own are a structure apart from the house.
    const other = await check(repo(files('layout')));
    expect(other.categoryBreakdown['structure']).toBeGreaterThan(0);
  });

  it('judges no structure among files of one utilities folder, classes and functions alike', async () => {
    const pyClass = (name: string) => `class ${name}:
    def __init__(self, interval):
        self.interval = interval

    def start(self):
        self.running = True

    def stop(self):
        self.running = False

    def check(self):
        return self.running and self.interval > 0
`;
    const functions = `def cprint(stream, *args):
    stream.write(" ".join(str(a) for a in args))


def cout(*args):
    cprint(STDOUT, *args)


def cerr(*args):
    cprint(STDERR, *args)
`;
    const inFolder = async (folder: string) => {
      const root = repo({
        [`pkg/${folder}/mutex.py`]: pyClass('Mutex'),
        [`pkg/${folder}/collector.py`]: pyClass('Collector'),
        [`pkg/${folder}/printing.py`]: functions,
      });
      return checkConformance({
        root,
        examples: [`pkg/${folder}/mutex.py`, `pkg/${folder}/collector.py`],
        files: [`pkg/${folder}/printing.py`],
      });
    };
    expect((await inFolder('util')).categoryBreakdown['structure']).toBe(0);
    // The same files in a folder of one concept keep the folder's structure rule.
    expect((await inFolder('workers')).categoryBreakdown['structure']).toBeGreaterThan(0);
  });

  it('counts an error class with behaviour of its own as a class, not as a thin error', async () => {
    const parsers = (what: string) => `export function parse${what}(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of text.split(';')) {
    const [k, v] = pair.split('=')
    if (k) out[k.trim()] = (v ?? '').trim()
  }
  return out
}

export function serialize${what}(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => k + '=' + v)
    .join('; ')
}
`;
    const errorClass = (methods: string) => `export class IssueError extends Error {
  issues: string[] = []

  constructor(issues: string[]) {
    super(issues.join(', '))
    this.issues = issues
  }
${methods}}
`;
    const behaving = `
  format(): string {
    return this.issues.map((i) => '- ' + i).join('\\n')
  }

  flatten(): string[] {
    return [...this.issues]
  }

  addIssue(issue: string): void {
    this.issues.push(issue)
  }

  summary(): string {
    return this.issues.length + ' issues'
  }

  get isEmpty(): boolean {
    return this.issues.length === 0
  }
`;
    const run = (impl: string) =>
      check(repo({ 'examples/cookie.ts': parsers('Cookie'), 'examples/header.ts': parsers('Header'), 'src/issue-error.ts': impl }));
    expect((await run(errorClass(behaving))).categoryBreakdown['structure']).toBeGreaterThan(0);
    // A thin error beside the house's functions is every house's own.
    expect((await run(errorClass(''))).categoryBreakdown['structure']).toBe(0);
  });
});
