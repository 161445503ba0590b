import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake L4 made on the held-out rounds 15-17 of tools/bench/drift-real (issue 17):
// each test is one class, written with code of its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

const check = (root: string) => checkConformance({ root, examples: ['examples'], files: ['src'] });

const tsPrinter = (name: string) => `export interface Entry {
  level: string;
  text: string;
}

export class ${name}Printer {
  constructor(private readonly width: number) {}

  print(entry: Entry): string {
    return this.pad(\`[\${entry.level}] \${entry.text}\`);
  }

  pad(line: string): string {
    return line.padEnd(this.width);
  }

  header(title: string): string {
    return this.pad(title.toUpperCase());
  }
}
`;

describe('L4 on the classes of mistake of held-out rounds 15 to 17', () => {
  it('reads an imported table of helpers named in the plural (colors.red(…)) as no shared state', async () => {
    const impl = `import { colors } from '../palette.js';
import type { Entry } from './plain.js';

export class ColorPrinter {
  constructor(private readonly width: number) {}

  print(entry: Entry): string {
    return colors.cyan(\`[\${entry.level}] \${entry.text}\`).padEnd(this.width);
  }

  badge(entry: Entry): string {
    return colors.bgRed(colors.white(entry.level));
  }

  header(title: string): string {
    return colors.bold(title.toUpperCase());
  }
}
`;
    const root = repo({
      'examples/plain.ts': tsPrinter('Plain'),
      'examples/boxed.ts': tsPrinter('Boxed'),
      'src/color.ts': impl,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['data-flow']).toBe(0);
    expect(report.decision).toBe('accept');
  });

  it('still reads a plural table as shared state where a function changes it', async () => {
    const impl = `import { sessions } from '../store.js';
import type { Entry } from './plain.js';

export class SessionPrinter {
  constructor(private readonly width: number) {}

  print(entry: Entry): string {
    sessions.set(entry.level, entry.text);
    return entry.text.padEnd(this.width);
  }

  forget(entry: Entry): void {
    sessions.delete(entry.level);
  }

  header(title: string): string {
    sessions.clear();
    return title.toUpperCase();
  }
}
`;
    const root = repo({
      'examples/plain.ts': tsPrinter('Plain'),
      'examples/boxed.ts': tsPrinter('Boxed'),
      'src/session.ts': impl,
    });
    expect((await check(root)).categoryBreakdown['data-flow']).toBeGreaterThan(0);
    // A singular name ending in s is a service, read or not.
    const client = impl.replace(/sessions/g, 'redis').replace(/\.(set|delete|clear)\(/g, '.get(');
    const withClient = repo({ 'examples/plain.ts': tsPrinter('Plain'), 'examples/boxed.ts': tsPrinter('Boxed'), 'src/session.ts': client });
    expect((await check(withClient)).categoryBreakdown['data-flow']).toBeGreaterThan(0);
  });

  it('reads an imported plural table in Python (styles.bold(…)) as no shared state, a changed one as state', async () => {
    const plain = (name: string) => `class ${name}Printer:
    def __init__(self, width):
        self.width = width

    def print_entry(self, level, text):
        return self.pad(f"[{level}] {text}")

    def pad(self, line):
        return line.ljust(self.width)

    def header(self, title):
        return self.pad(title.upper())
`;
    const impl = (call: string) => `from .palette import styles


class StyledPrinter:
    def __init__(self, width):
        self.width = width

    def print_entry(self, level, text):
        return styles.${call}(f"[{level}] {text}")

    def badge(self, level):
        return styles.${call}(level)

    def header(self, title):
        return styles.${call}(title.upper())
`;
    const files = { 'examples/plain.py': plain('Plain'), 'examples/boxed.py': plain('Boxed') };
    const reading = repo({ ...files, 'src/styled.py': impl('bold') });
    expect((await check(reading)).categoryBreakdown['data-flow']).toBe(0);
    const changing = repo({ ...files, 'src/styled.py': impl('append') });
    expect((await check(changing)).categoryBreakdown['data-flow']).toBeGreaterThan(0);
  });

  it("reads module.exports = () => … as the module's public function, its handler class private", async () => {
    const factory = (name: string) => `'use strict'

const BaseHandler = require('../base-handler')

class ${name}Handler extends BaseHandler {
  onStart (controller, context) {
    return super.onStart(controller, context)
  }

  onData (controller, chunk) {
    return super.onData(controller, chunk)
  }

  onEnd (controller, trailers) {
    return super.onEnd(controller, trailers)
  }
}

function create${name}Interceptor (opts) {
  return (dispatch) => (options, handler) => dispatch(options, new ${name}Handler(opts, handler))
}

module.exports = create${name}Interceptor
`;
    const impl = factory('Retry')
      .replace('function createRetryInterceptor (opts) {', 'module.exports = (opts) => {')
      .replace('\nmodule.exports = createRetryInterceptor\n', '\n');
    const root = repo({
      'examples/dump.js': factory('Dump'),
      'examples/trace.js': factory('Trace'),
      'src/retry.js': impl,
    });
    const report = await check(root);
    expect(report.categoryBreakdown.structure).toBe(0);
    expect(report.decision).toBe('accept');
  });

  it('reads a module-level var named in UPPER_SNAKE as a constant, not as the house variable style', async () => {
    const reporter = (name: string) => `import { Base } from './base.js';
import Runner from '../runner.cjs';
var constants = Runner.constants;
var EVENT_RUN_BEGIN = constants.EVENT_RUN_BEGIN;
var EVENT_RUN_END = constants.EVENT_RUN_END;
var EVENT_TEST_PASS = constants.EVENT_TEST_PASS;
var EVENT_TEST_FAIL = constants.EVENT_TEST_FAIL;

export function ${name}Reporter(runner, options) {
  Base.call(this, runner, options);
  var self = this;
  runner.on(EVENT_RUN_BEGIN, function () {
    self.begin();
  });
  runner.on(EVENT_TEST_PASS, function () {
    self.pass();
  });
  runner.on(EVENT_TEST_FAIL, function () {
    self.fail();
  });
  runner.once(EVENT_RUN_END, function () {
    self.end();
  });
}
`;
    const impl = `${reporter('tap')}
function createWriter(stream) {
  var lineCount = 0;
  return {
    writeLine: function (text) {
      lineCount++;
      stream.write(text + '\\n');
    },
    writeSummary: function (passCount, failCount) {
      stream.write('# pass ' + passCount + ', fail ' + failCount + ' of ' + lineCount);
    },
  };
}
`;
    const root = repo({ 'examples/dot.js': reporter('dot'), 'examples/list.js': reporter('list'), 'src/tap.js': impl });
    const report = await check(root);
    expect(report.categoryBreakdown.naming).toBe(0);
    expect(report.decision).toBe('accept');
  });

  it('weighs the module functions a Python class calls as its helpers, not as a module of functions', async () => {
    const plugin = (name: string) => `from .base import FormatterPlugin


class ${name}Formatter(FormatterPlugin):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.enabled = True

    def format_body(self, body, mime):
        if not self.enabled:
            return body
        return body.strip()
`;
    const impl = `from .base import FormatterPlugin


def parse_document(text):
    return [line.split("=", 1) for line in text.splitlines() if "=" in line]


def read_header(text):
    first_line = text.splitlines()[0] if text else ""
    return first_line if first_line.startswith("#") else None


def render_document(pairs, header):
    lines = [f"{key} = {value}" for key, value in pairs]
    return "\\n".join([header, *lines]) if header else "\\n".join(lines)


class IniFormatter(FormatterPlugin):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.enabled = True

    def format_body(self, body, mime):
        if not self.enabled or "ini" not in mime:
            return body
        return render_document(parse_document(body), read_header(body))
`;
    const root = repo({
      'examples/headers.py': plugin('Headers'),
      'examples/json.py': plugin('Json'),
      'src/ini.py': impl,
    });
    const report = await check(root);
    expect(report.categoryBreakdown.structure).toBe(0);
    expect(report.decision).toBe('accept');
    // Functions no class calls are still units of their own.
    const unrelated = repo({
      'examples/headers.py': plugin('Headers'),
      'examples/json.py': plugin('Json'),
      'src/ini.py': impl.replace('return render_document(parse_document(body), read_header(body))', 'return body'),
    });
    expect((await check(unrelated)).categoryBreakdown.structure).toBeGreaterThan(0);
  });

  it('reads examples whose only I/O blocks, in few of many functions, as a synchronous house (async def is foreign)', async () => {
    const helpers = Array.from(
      { length: 11 },
      (_, i) => `def format_part_${i}(value, width):
    text = str(value).strip()
    return text.ljust(width)
`,
    ).join('\n\n');
    const client = (name: string) => `import requests


def fetch_${name}(session, url):
    response = requests.get(url, timeout=10)
    return response.json()


${helpers}
`;
    const impl = `async def load_all(source):
    items = []
    async for item in source:
        items.append(await item.resolve())
    return items


async def first_ready(tasks):
    for task in tasks:
        result = await task
        if result is not None:
            return result
    return None


async def drain(queue):
    while not queue.empty():
        await queue.get()
`;
    const root = repo({ 'examples/users.py': client('users'), 'examples/teams.py': client('teams'), 'src/loading.py': impl });
    const report = await check(root);
    expect(report.categoryBreakdown['async-style']).toBeGreaterThan(30);
  });
});
