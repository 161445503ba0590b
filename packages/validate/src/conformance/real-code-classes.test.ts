import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake L4 made on the held-out round 4 of tools/bench/drift-real (issue 17): each
// test is one class, written with code of its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

const check = (root: string) => checkConformance({ root, examples: ['examples'], files: ['src'] });

const pyClass = (name: string) => `class ${name}:
    def __init__(self, root):
        self.root = root

    def read_text(self, name):
        return (self.root / name).read_text()

    def write_text(self, name, text):
        (self.root / name).write_text(text)
`;

const pyFunctions = `def parse_specs(specs):
    return [s.split("=") for s in specs]


def format_specs(pairs):
    return ",".join(f"{k}={v}" for k, v in pairs)


def merge_specs(left, right):
    return {**dict(left), **dict(right)}
`;

describe('L4 on the classes of mistake of held-out round 4', () => {
  it('judges Python structure per unit: functions beside a house that keeps classes and functions side by side are in style', async () => {
    const root = repo({
      'examples/fs.py': `${pyClass('Store')}\n\ndef ensure_dir(path):\n    path.mkdir(parents=True, exist_ok=True)\n\n\ndef temp_dir():\n    return Path("/tmp")\n`,
      'examples/env.py': pyClass('Environment'),
      'src/specs.py': pyFunctions,
    });
    expect((await check(root)).categoryBreakdown.structure).toBe(0);
  });

  it('still sees a module of functions in a house of classes only', async () => {
    const root = repo({
      'examples/a.py': `${pyClass('Reader')}\n\n${pyClass('Writer')}`,
      'examples/b.py': pyClass('Cache'),
      'src/specs.py': pyFunctions,
    });
    const report = await check(root);
    expect(report.categoryBreakdown.structure).toBeGreaterThan(50);
    expect(report.decision).not.toBe('accept');
  });

  it('counts a callable class (__call__) as a class unit, beside classes and against functions', async () => {
    const middleware = (name: string) =>
      `class ${name}:\n    def __init__(self, app):\n        self.app = app\n\n    async def __call__(self, scope, receive, send):\n        await self.app(scope, receive, send)\n`;
    const root = repo({
      'examples/a.py': middleware('TimingMiddleware'),
      'examples/b.py': middleware('HostMiddleware'),
      'src/c.py': `${middleware('GzipMiddleware')}\n    def compress(self, body):\n        return body\n`,
    });
    expect((await check(root)).categoryBreakdown.structure).toBe(0);
    const functions = repo({
      'examples/a.py': middleware('TimingMiddleware'),
      'examples/b.py': middleware('HostMiddleware'),
      'src/c.py': pyFunctions,
    });
    expect((await check(functions)).categoryBreakdown.structure).toBeGreaterThan(50);
  });

  it('does not call raising foreign against one `return None` guard, nor read `return None, None` as a value-error pair', async () => {
    const root = repo({
      'examples/fix.py': `def trusted(values, count):\n    if len(values) < count:\n        return None\n    return values[-count]\n`,
      'src/files.py': `def loader(spec):\n    if not isinstance(spec, str):\n        raise TypeError(f"unknown spec {spec!r}")\n    return spec\n\n\ndef find(path):\n    if not path:\n        return None, None\n    try:\n        return open(path), path\n    except OSError:\n        return None, None\n`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['error-handling']).toBe(0);
    expect(report.decision).toBe('accept');
  });

  it('still sees value-error pairs against a raising house', async () => {
    const raising = (n: string) => `def ${n}(value):\n    if not value:\n        raise ValueError("empty")\n    return value\n`;
    const root = repo({
      'examples/a.py': `${raising('load_user')}\n\n${raising('load_order')}`,
      'examples/b.py': raising('load_item'),
      'src/c.py': `def load_cart(value):\n    if not value:\n        return None, "empty"\n    return value, None\n\n\ndef load_bill(value):\n    if not value:\n        return False, "empty"\n    return value, None\n`,
    });
    expect((await check(root)).categoryBreakdown['error-handling']).toBeGreaterThan(50);
  });

  it('reads a blocking fooSync twin as synchronous by contract, but not blocking I/O in an ordinary function', async () => {
    const asyncOp = (n: string) =>
      `export async function ${n}(file: string): Promise<string> {\n  return await fs.readFile(file, 'utf8');\n}\n`;
    const files = {
      'examples/copy.ts': `import fs from 'node:fs/promises';\n${asyncOp('copyText')}\n${asyncOp('moveText')}`,
      'examples/move.ts': `import fs from 'node:fs/promises';\n${asyncOp('readText')}`,
    };
    const twin = repo({
      ...files,
      'src/ensure.ts': `import fs from 'node:fs';\n${asyncOp('ensureFile')}\nexport function ensureFileSync(file: string): string {\n  return fs.readFileSync(file, 'utf8');\n}\n`,
    });
    expect((await check(twin)).categoryBreakdown['async-style']).toBe(0);
    const blocking = repo({
      ...files,
      'src/ensure.ts': `import fs from 'node:fs';\nexport function ensureFile(file: string): string {\n  return fs.readFileSync(file, 'utf8');\n}\n\nexport function ensureDir(dir: string): string[] {\n  return fs.readdirSync(dir);\n}\n`,
    });
    expect((await check(blocking)).categoryBreakdown['async-style']).toBeGreaterThan(50);
  });

  it('sees synchronous WSGI middleware in an async ASGI house, and async middleware in a WSGI house', async () => {
    const asgi = (n: string) =>
      `class ${n}:\n    def __init__(self, app):\n        self.app = app\n\n    async def __call__(self, scope, receive, send):\n        await self.app(scope, receive, send)\n`;
    const wsgi = (n: string) =>
      `class ${n}:\n    def __init__(self, app):\n        self.app = app\n\n    def __call__(self, environ, start_response):\n        return self.app(environ, start_response)\n`;
    const syncInAsync = repo({ 'examples/a.py': asgi('A'), 'examples/b.py': asgi('B'), 'src/c.py': wsgi('C') });
    expect((await check(syncInAsync)).categoryBreakdown['async-style']).toBeGreaterThan(50);
    const asyncInSync = repo({ 'examples/a.py': wsgi('A'), 'examples/b.py': wsgi('B'), 'src/c.py': asgi('C') });
    expect((await check(asyncInSync)).categoryBreakdown['async-style']).toBeGreaterThan(50);
  });

  it('does not take an adapter method with WSGI parameters for an entry point', async () => {
    const asgi = (n: string) =>
      `class ${n}:\n    def __init__(self, app):\n        self.app = app\n\n    async def __call__(self, scope, receive, send):\n        await self.app(scope, receive, send)\n`;
    const root = repo({
      'examples/a.py': asgi('A'),
      'examples/b.py': asgi('B'),
      'src/wsgi.py': `class Responder:\n    def __init__(self, app):\n        self.app = app\n\n    async def __call__(self, scope, receive, send):\n        await self.app(scope, receive, send)\n\n    def run_app(self, environ, start_response):\n        return self.app(environ, start_response)\n`,
    });
    expect((await check(root)).categoryBreakdown['async-style']).toBe(0);
  });

  it('reads `test || "message"` as a validator returning its error, and `value || "default"` as a default', async () => {
    const throwing = (n: string) =>
      `export function ${n}(value: unknown): void {\n  if (typeof value !== 'string') throw new TypeError('${n}: not a string');\n}\n`;
    const files = { 'examples/a.ts': `${throwing('checkName')}\n${throwing('checkMail')}`, 'examples/b.ts': throwing('checkCity') };
    const messages = repo({
      ...files,
      'src/c.ts': `export const isName = (value: unknown) => typeof value === 'string' || 'expected a string';\nexport const isAge = (value: unknown) => (typeof value === 'number' && value >= 0) || 'Expected ' + 'a positive number';\nexport const isTag = (value: unknown) => typeof value === 'string' || 'a ' + typeof value;\n`,
    });
    expect((await check(messages)).categoryBreakdown['error-handling']).toBeGreaterThan(50);
    const defaults = repo({
      ...files,
      'src/c.ts': `export const groupOf = (item: { group(): string }) => item.group() || 'Commands:';\nexport const titleOf = (item: { title?: string }) => item.title || 'Untitled page';\n`,
    });
    expect((await check(defaults)).categoryBreakdown['error-handling']).toBe(0);
  });

  it('reads a Python validator returning False as failure by value against a raising house, and not a predicate', async () => {
    const raising = (n: string) => `def ${n}(value):\n    if not value:\n        raise ValidationError("empty")\n    return value\n`;
    const files = {
      'examples/a.py': `${raising('validate_user')}\n\n${raising('validate_order')}`,
      'examples/b.py': raising('validate_item'),
    };
    const validators = repo({
      ...files,
      'src/c.py': `@validator\ndef email(value):\n    if "@" not in value:\n        return False\n    if len(value) > 254:\n        return False\n    return True\n\n\ndef validate_slug(value):\n    if not value.isidentifier():\n        return False\n    return True\n`,
    });
    expect((await check(validators)).categoryBreakdown['error-handling']).toBeGreaterThan(50);
    const predicates = repo({
      ...files,
      'src/c.py': `def is_email(value):\n    if "@" not in value:\n        return False\n    return True\n\n\ndef has_slug(value):\n    if not value.isidentifier():\n        return False\n    return True\n`,
    });
    expect((await check(predicates)).categoryBreakdown['error-handling']).toBe(0);
  });

  it('weighs structure units by their methods: helper functions beside a large class are helpers', async () => {
    const methods = Array.from({ length: 12 }, (_, i) => `    def step_${i}(self, event):\n        return event\n`).join('\n');
    const root = repo({
      'examples/a.py': `${pyClass('Reader')}\n\n${pyClass('Writer')}`,
      'examples/b.py': `${pyClass('Cache')}\n\n${pyClass('Index')}`,
      'src/render.py': `class ConsoleRenderer:\n${methods}\n\ndef plain_traceback(sio, exc_info):\n    sio.write(str(exc_info))\n\n\ndef rich_traceback(sio, exc_info):\n    sio.write(repr(exc_info))\n`,
    });
    expect((await check(root)).categoryBreakdown.structure).toBe(0);
  });

  it('treats a style shown twice among twenty example functions as an anecdote', async () => {
    const methods = (n: number) =>
      Array.from({ length: n }, (_, i) => `    def handle_${i}(self, event):\n        return event\n`).join('\n');
    const root = repo({
      'examples/a.py': `class Worker:\n${methods(11)}\n    def accept(self, listener):\n        return listener.accept()\n`,
      'examples/b.py': `class SyncWorker:\n${methods(9)}\n    def wait(self, sockets):\n        return select.select(sockets, [], [], 1.0)\n`,
      'src/c.py': `class ThreadWorker:\n    def enqueue(self, conn):\n        future = self.pool.submit(self.handle, conn)\n        future.add_done_callback(self.finish)\n\n    def finish(self, future):\n        return future.result()\n`,
    });
    expect((await check(root)).categoryBreakdown['async-style']).toBe(0);
  });

  it('sees blocking socket calls (accept, select) in a house of async methods', async () => {
    const asyncClass = (n: string) =>
      `class ${n}:\n    async def receive(self):\n        return await self.stream.receive()\n\n    async def send(self, item):\n        await self.stream.send(item)\n\n    async def aclose(self):\n        await self.stream.aclose()\n`;
    const root = repo({
      'examples/a.py': asyncClass('BufferedStream'),
      'examples/b.py': asyncClass('MemoryStream'),
      'src/c.py': `class SyncWorker:\n    def accept(self, listener):\n        client, addr = listener.accept()\n        return client\n\n    def wait(self, sockets):\n        return select.select(sockets, [], [], 1.0)\n\n    def read(self, client):\n        return client.recv_into(self.buffer)\n`,
    });
    expect((await check(root)).categoryBreakdown['async-style']).toBeGreaterThan(50);
  });

  it('takes no naming evidence from require()-bound names, and reads a constructor function as a class name', async () => {
    const root = repo({
      'examples/a.js': `var Strategy = require('./strategy');\nvar IncomingMessage = require('http').IncomingMessage;\n\nfunction authenticate(passport, name) {\n  return function handle(req, res, next) {\n    next();\n  };\n}\n\nmodule.exports = authenticate;\n`,
      'examples/b.js': `var SessionManager = require('./manager');\n\nfunction initialize(passport) {\n  return function start(req, res, next) {\n    next();\n  };\n}\n\nmodule.exports = initialize;\n`,
      'src/c.js': `var Strategy = require('./strategy');\n\nfunction SessionStrategy(options, deserializeUser) {\n  this.name = 'session';\n  this.deserializeUser = deserializeUser;\n}\n\nSessionStrategy.prototype.authenticate = function (req, options) {\n  var userKey = options.key;\n  return userKey;\n};\n\nmodule.exports = SessionStrategy;\n`,
    });
    expect((await check(root)).categoryBreakdown.naming).toBe(0);
  });

  it('reads names a bare package gives (`from .. import http`) as modules, not shared instances', async () => {
    const worker = (n: string) =>
      `class ${n}:\n    def handle(self, req):\n        return req.body\n\n    def close(self, conn):\n        conn.close()\n`;
    const root = repo({
      'examples/a.py': worker('SyncWorker'),
      'examples/b.py': worker('BaseWorker'),
      'src/c.py': `from .. import http\nfrom .. import util\n\n\nclass ThreadWorker:\n    def handle(self, req):\n        return http.parse(req)\n\n    def close(self, conn):\n        util.close(conn)\n`,
    });
    expect((await check(root)).categoryBreakdown['data-flow']).toBe(0);
  });

  it("weighs the examples' units too: one helper function beside large classes does not make functions a house style", async () => {
    const methods = Array.from({ length: 8 }, (_, i) => `    def sign_${i}(self, value):\n        return value\n`).join('\n');
    const root = repo({
      'examples/signer.py': `class Signer:\n${methods}\n\ndef want_bytes(value):\n    return value.encode()\n`,
      'examples/serializer.py': `class Serializer:\n${methods}`,
      'src/platform.py': `def escape(arg):\n    return arg\n\n\ndef spawn(sh, cmd, args):\n    return sh\n\n\ndef generate(env):\n    env["SHELL"] = "sh"\n\n\ndef exec_popen(cmd, env):\n    return cmd\n`,
    });
    expect((await check(root)).categoryBreakdown.structure).toBeGreaterThan(50);
  });

  it('takes no async style from examples that neither await nor block, but does from a blocking house', async () => {
    const pure = `export class PriorityQueue {\n  private readonly queue: number[] = [];\n\n  enqueue(item: number): void {\n    this.queue.push(item);\n  }\n\n  dequeue(): number | undefined {\n    return this.queue.shift();\n  }\n}\n`;
    const impl = `export class Queue {\n  private pending = 0;\n\n  async add(task: () => Promise<void>): Promise<void> {\n    this.pending++;\n    await task();\n    this.pending--;\n  }\n\n  async onIdle(): Promise<void> {\n    await new Promise((resolve) => setTimeout(resolve, 0));\n  }\n\n  get size(): number {\n    return this.pending;\n  }\n}\n`;
    const computing = repo({
      'examples/priority-queue.ts': pure,
      'examples/lower-bound.ts': pure.replace('PriorityQueue', 'Heap'),
      'src/queue.ts': impl,
    });
    expect((await check(computing)).categoryBreakdown['async-style']).toBe(0);
    const blocking = repo({
      'examples/a.ts': `import fs from 'node:fs';\nexport function load(file: string): string {\n  return fs.readFileSync(file, 'utf8');\n}\n\nexport function save(file: string, text: string): void {\n  fs.writeFileSync(file, text);\n}\n`,
      'examples/b.ts': `import fs from 'node:fs';\nexport function list(dir: string): string[] {\n  return fs.readdirSync(dir);\n}\n`,
      'src/queue.ts': impl,
    });
    expect((await check(blocking)).categoryBreakdown['async-style']).toBeGreaterThan(50);
  });
});
