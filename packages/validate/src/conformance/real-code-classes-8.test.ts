import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake L4 made on the held-out rounds 8 and 9 of tools/bench/drift-real (issue 17):
// each test is one class, written with code of its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

const check = (root: string) => checkConformance({ root, examples: ['examples'], files: ['src'] });

const tsHelpers = `export interface RetryPolicy {
  maxAttempts: number;
  baseDelay: number;
}

export function computeDelay(policy: RetryPolicy, attemptNumber: number): number {
  const scaledDelay = policy.baseDelay * 2 ** attemptNumber;
  return Math.min(scaledDelay, 30_000);
}

export function shouldRetry(policy: RetryPolicy, attemptNumber: number): boolean {
  const attemptsLeft = policy.maxAttempts - attemptNumber;
  return attemptsLeft > 0;
}

export function describePolicy(policy: RetryPolicy): string {
  const delayText = String(policy.baseDelay);
  return \`\${policy.maxAttempts} attempts from \${delayText} ms\`;
}
`;

const pySnake = `def read_settings(path):
    raw_text = path.read_text()
    return parse_settings(raw_text)


def parse_settings(raw_text):
    settings_map = {}
    for line_text in raw_text.splitlines():
        key_name, _, key_value = line_text.partition("=")
        settings_map[key_name.strip()] = key_value.strip()
    return settings_map


def merge_settings(base_map, override_map):
    merged_map = dict(base_map)
    merged_map.update(override_map)
    return merged_map
`;

describe('L4 on the classes of mistake of held-out rounds 8 and 9', () => {
  it('lets one PascalCase factory function pass among camelCase names (an exception, not a convention)', async () => {
    const root = repo({
      'examples/retry.ts': tsHelpers,
      'examples/timeouts.ts': tsHelpers.replace(/Delay/g, 'Timeout').replace(/RetryPolicy/g, 'TimeoutPolicy'),
      'src/options.ts': `export interface PoolOptions {
  maxSize: number;
  idleTimeout: number;
}

export function PoolOptionsHandler(userOptions?: Partial<PoolOptions>): PoolOptions {
  const mergedOptions = { maxSize: 10, idleTimeout: 1000, ...userOptions };
  const sizeLimit = Math.max(1, mergedOptions.maxSize);
  const idleLimit = Math.max(0, mergedOptions.idleTimeout);
  if (!Number.isFinite(sizeLimit)) throw new TypeError('maxSize must be finite');
  return { maxSize: sizeLimit, idleTimeout: idleLimit };
}
`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown.naming).toBeGreaterThan(0);
    expect(report.decision).toBe('accept');
  });

  it('still flags three PascalCase functions: a convention of their own', async () => {
    const root = repo({
      'examples/retry.ts': tsHelpers,
      'src/pool.ts': `export function CreatePool(size: number) {
  return { size, freeSlots: size };
}

export function AcquireSlot(pool: { freeSlots: number }) {
  pool.freeSlots -= 1;
}

export function ReleaseSlot(pool: { freeSlots: number }) {
  pool.freeSlots += 1;
}
`,
    });
    expect((await check(root)).decision).not.toBe('accept');
  });

  it('lets two camelCase locals pass in a snake_case house when the functions follow it', async () => {
    const root = repo({
      'examples/settings.py': pySnake,
      'src/compiler.py': `import subprocess


def find_compiler(env_map):
    compilerPath = None
    compilerVersion = None
    for dir_name in env_map.get("PATH", "").split(":"):
        candidate_path = dir_name + "/cc"
        compilerPath = candidate_path
    if compilerPath:
        compilerVersion = subprocess.check_output([compilerPath, "--version"])
    return compilerPath, compilerVersion
`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown.naming).toBeGreaterThan(0);
    expect(report.decision).toBe('accept');
  });

  it('still flags camelCase locals when the functions are camelCase too', async () => {
    const root = repo({
      'examples/settings.py': pySnake,
      'src/compiler.py': `def findCompiler(env_map):
    compilerPath = env_map.get("CC")
    return compilerPath


def compilerVersion(compilerPath):
    versionText = compilerPath + " 1.0"
    return versionText
`,
    });
    expect((await check(root)).decision).not.toBe('accept');
  });

  it('still flags two camelCase module constants against UPPER_SNAKE ones (all the constants a module has)', async () => {
    const root = repo({
      'examples/limits.ts': `export const MAX_NAME_LENGTH = 64;\nexport const DEFAULT_PAGE_SIZE = 20;\n${tsHelpers}`,
      'src/sessions.ts': `export const sessionTtlSeconds = 3600;\nexport const maxSessionsPerUser = 5;\n${tsHelpers.replace(/RetryPolicy/g, 'SessionPolicy')}`,
    });
    expect((await check(root)).categoryBreakdown.naming).toBeGreaterThan(50);
  });

  it('sees a threading.Thread subclass with a blocking read loop as threads in an asyncio house', async () => {
    const asyncHouse = (name: string) => `import asyncio


class ${name}:
    def __init__(self):
        self._lock = asyncio.Lock()
        self._items = []

    async def put(self, item):
        async with self._lock:
            self._items.append(item)

    async def get(self):
        await asyncio.sleep(0)
        return self._items.pop(0)

    async def drain(self):
        while self._items:
            await self.get()
`;
    const root = repo({
      'examples/queue.py': asyncHouse('Queue'),
      'examples/mailbox.py': asyncHouse('Mailbox'),
      'src/reader.py': `import threading


class PortReader(threading.Thread):
    def __init__(self, port, on_data):
        super().__init__()
        self.port = port
        self.handle_data = on_data
        self.alive = True

    def run(self):
        while self.alive:
            data = self.port.read(1)
            if data:
                self.handle_data(data)

    def stop(self):
        self.alive = False
        self.join(2)
`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['async-style']).toBeGreaterThan(50);
    expect(report.decision).toBe('escalate');
  });

  it('sees calls into the threading module (threading.Lock, threading.Event) as threads', async () => {
    const root = repo({
      'examples/queue.py': `import asyncio


async def fetch_one(client, url):
    return await client.get(url)


async def fetch_all(client, urls):
    return await asyncio.gather(*(fetch_one(client, u) for u in urls))


async def close_all(clients):
    for client in clients:
        await client.aclose()
`,
      'src/guard.py': `import threading


def make_guard():
    guard_lock = threading.Lock()
    ready_event = threading.Event()
    return guard_lock, ready_event


def wait_ready(ready_event):
    ready_event.wait()
`,
    });
    expect((await check(root)).categoryBreakdown['async-style']).toBeGreaterThan(0);
  });

  it('takes the style of module functions made by a wrapper from a sibling module (stat = wrap(os.stat))', async () => {
    const root = repo({
      'pkg/base.py': `from asyncio import get_running_loop
from functools import partial, wraps


def wrap(func):
    @wraps(func)
    async def run(*args, **kwargs):
        loop = get_running_loop()
        return await loop.run_in_executor(None, partial(func, *args, **kwargs))

    return run
`,
      'pkg/ops.py': `import os

from .base import wrap

stat = wrap(os.stat)
rename = wrap(os.rename)
remove = wrap(os.remove)
listdir = wrap(os.listdir)
`,
      'src/reader.py': `def read_config(path):
    with open(path) as handle:
        return handle.read()


def write_config(path, text):
    with open(path, "w") as handle:
        handle.write(text)


def copy_config(source, target):
    write_config(target, read_config(source))
`,
    });
    const report = await checkConformance({ root, examples: ['pkg/ops.py'], files: ['src'] });
    expect(report.categoryBreakdown['async-style']).toBeGreaterThan(50);
    expect(report.decision).toBe('escalate');
  });

  it('keeps a reader thread in style in a house of blocking calls (threads run blocking I/O)', async () => {
    const blockingHouse = (name: string) => `import socket


class ${name}:
    def open(self, address):
        self.sock = socket.create_connection(address)

    def read(self, size):
        return self.sock.recv(size)

    def write(self, data):
        self.sock.sendall(data)

    def close(self):
        self.sock.close()
`;
    const root = repo({
      'examples/tcp.py': blockingHouse('TcpPort'),
      'examples/udp.py': blockingHouse('UdpPort'),
      'src/reader.py': `import threading


class PortReader(threading.Thread):
    def __init__(self, port, on_data):
        super().__init__()
        self.port = port
        self.handle_data = on_data
        self.alive = True

    def run(self):
        while self.alive:
            data = self.port.read(1)
            if data:
                self.handle_data(data)

    def stop(self):
        self.alive = False
        self.join(2)
`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['async-style']).toBe(0);
    expect(report.decision).toBe('accept');
  });

  it("reads assert helpers named after unittest's API (assertParsesTo) as no naming evidence in a snake_case house", async () => {
    const root = repo({
      'examples/settings.py': pySnake,
      'src/checks.py': `class SettingsAsserts:
    def assertParsesTo(self, raw_text, expected_map):
        parsed_map = parse_settings(raw_text)
        self.assertEqual(parsed_map, expected_map)

    def assertMergesTo(self, base_map, override_map, expected_map):
        merged_map = merge_settings(base_map, override_map)
        self.assertEqual(merged_map, expected_map)

    def assertRejects(self, raw_text):
        with self.assertRaises(ValueError):
            parse_settings(raw_text)

    def setUp(self):
        self.sample_text = "a=1"
`,
    });
    expect((await check(root)).categoryBreakdown.naming).toBe(0);
  });

  it('sees blocking calls imported by name (from subprocess import Popen) in an asyncio house', async () => {
    const asyncHouse = `import asyncio


async def fetch_one(client, url):
    return await client.get(url)


async def fetch_all(client, urls):
    return await asyncio.gather(*(fetch_one(client, u) for u in urls))


async def close_all(clients):
    for client in clients:
        await client.aclose()
`;
    const root = repo({
      'examples/fetch.py': asyncHouse,
      'src/runner.py': `from subprocess import PIPE, Popen
from time import sleep as pause


def start(command):
    return Popen(command, stdout=PIPE)


def wait_for(process, attempts):
    for _ in range(attempts):
        if process.poll() is not None:
            return process.returncode
        pause(0.1)
    return None
`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['async-style']).toBeGreaterThan(50);
  });

  it('sees callback errors passed through a stored callback or picked by a condition (stream code)', async () => {
    const root = repo({
      'examples/reader.js': `const { Writable } = require('stream')

class Reader extends Writable {
  _write (data, cb) {
    this._callback = cb
    this._parse(data)
  }

  _continue (err) {
    const cb = this._callback
    this._callback = null
    cb(err)
  }

  _final (cb) {
    cb(this._done ? null : new Error('Unexpected end of data'))
  }

  _parse (data) {
    try {
      this._header = JSON.parse(data)
    } catch (err) {
      this._continue(err)
      return
    }
    this._continue(null)
  }
}

module.exports = Reader
`,
      'src/writer.js': `const { Readable } = require('stream')

class Writer extends Readable {
  entry (header, body, cb) {
    if (this._finalized) return cb(new Error('already finalized'))
    if (body && header.type !== 'file') return cb(new Error('No body allowed for this entry'))
    this._push(header, body)
    cb(null)
  }

  finalize (cb) {
    if (this._finalized) return cb(new Error('already finalized'))
    this._finalized = true
    cb(null)
  }
}

module.exports = Writer
`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['error-handling']).toBe(0);
    expect(report.decision).toBe('accept');
  });

  it('sees validators that yield their errors (yield ValidationError(...)) as a convention a raising validator breaks', async () => {
    const yielding = `from .errors import ValidationError


def min_length(validator, limit, instance, schema):
    if len(instance) < limit:
        yield ValidationError(f"{instance!r} is too short")


def max_length(validator, limit, instance, schema):
    if len(instance) > limit:
        yield ValidationError(f"{instance!r} is too long")


def pattern(validator, regex, instance, schema):
    if not validator.matches(regex, instance):
        yield ValidationError(f"{instance!r} does not match {regex!r}")


def required(validator, names, instance, schema):
    for name in names:
        if name not in instance:
            yield ValidationError(f"{name!r} is a required property")
`;
    const root = repo({
      'examples/keywords.py': yielding,
      'src/checks.py': `def check_type(value, expected_type):
    if not isinstance(value, expected_type):
        raise TypeError(f"{value!r} is not {expected_type.__name__}")
    return value


def check_choice(value, choices):
    if value not in choices:
        raise ValueError(f"{value!r} is not one of {choices!r}")
    return value
`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['error-handling']).toBeGreaterThan(50);
    expect(report.decision).not.toBe('accept');
  });

  it("sees an enclosing function's callback called with an error from a deferred function (nextTick), and fn(err)", async () => {
    const root = repo({
      'examples/pool.js': `function Pool (config) {
  this.config = config
  this.free = []
}

Pool.prototype.acquire = function acquire (cb) {
  if (this.closed) {
    var err = new Error('Pool is closed.')
    process.nextTick(function () {
      cb(err)
    })
    return
  }
  cb(null, this.free.pop())
}

Pool.prototype.release = function release (conn) {
  if (conn.pool !== this) throw new Error('Connection released to wrong pool')
  this.free.push(conn)
}

Pool.prototype.query = function query (sql, fn) {
  this.acquire(function (err, conn) {
    if (err) return fn(err)
    conn.query(sql, fn)
  })
}

module.exports = Pool
`,
      'src/namespace.js': `function Namespace (cluster, pattern) {
  this.cluster = cluster
  this.pattern = pattern
}

Namespace.prototype.getConnection = function getConnection (cb) {
  var node = this.cluster.pick(this.pattern)
  if (node === null) {
    var err = new Error('Pool does not exist.')
    err.code = 'POOL_NOEXIST'
    cb(err)
    return
  }
  node.pool.acquire(cb)
}

module.exports = Namespace
`,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['error-handling']).toBe(0);
    expect(report.decision).toBe('accept');
  });

  it('sees selectors and raw descriptor reads (os.read) as blocking in an asyncio house', async () => {
    const root = repo({
      'examples/fetch.py': `import asyncio


async def fetch_one(client, url):
    return await client.get(url)


async def fetch_all(client, urls):
    return await asyncio.gather(*(fetch_one(client, u) for u in urls))


async def close_all(clients):
    for client in clients:
        await client.aclose()
`,
      'src/drain.py': `import os
import selectors


def open_selector(file_no):
    selector = selectors.DefaultSelector()
    selector.register(file_no, selectors.EVENT_READ)
    return selector


def read_chunk(file_no, size):
    return os.read(file_no, size)


def write_chunk(file_no, data):
    return os.write(file_no, data)
`,
    });
    expect((await check(root)).categoryBreakdown['async-style']).toBeGreaterThan(50);
  });
});
