import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake L4 made on the held-out rounds 21 and 22 of tools/bench/drift-real (issue 17):
// each test is one class, written with code of its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

const check = (root: string) => checkConformance({ root, examples: ['examples'], files: ['src'] });

/** An asyncio house: a lock-like primitive whose methods await or hand back futures. */
const pyPrimitive = (name: string) => `import asyncio


class ${name}:
    def __init__(self):
        self._waiters = []

    async def wait(self, timeout=None):
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        await asyncio.wait_for(waiter, timeout)

    async def acquire(self):
        while self._waiters:
            await self.wait()

    async def drain(self):
        for waiter in self._waiters:
            await waiter
`;

/** A connector whose streams connect without blocking; `open_socket` and `address` are the lines under test. */
const pyConnector = (openSocket: string, address: string) => `import asyncio
import socket


class Connector:
    def __init__(self, loop):
        self.loop = loop

    async def connect(self, host, port):
        sock = self.open_socket(socket.AF_INET, host, port)
        reader, writer = await asyncio.open_connection(sock=sock)
        return reader, writer

    async def close(self, writer):
        writer.close()
        await writer.wait_closed()

    def open_socket(self, family, host, port):
        ${openSocket}
        sock.setblocking(False)
        return sock

    def address(self, host, port):
        return ${address}
`;

/** CommonJS transports: a `log(info, callback)` that calls back when done, and a throw for bad options. */
const jsTransport = (name: string) => `'use strict';

const { Writable } = require('stream');

module.exports = class ${name} extends Writable {
  constructor(options) {
    super({ objectMode: true });
    if (!options || !options.target) {
      throw new Error('options.target is required.');
    }
    this.target = options.target;
  }

  log(info, callback) {
    setImmediate(() => this.emit('logged', info));
    this.target.write(info.message);
    if (callback) {
      callback();
    }
  }

  close(callback) {
    this.target.end(() => callback());
  }
};
`;

/** A transport that sends each entry over HTTP and hands a failed request to its callback. */
const jsHttpTransport = `'use strict';

const http = require('http');

module.exports = class Remote {
  constructor(options) {
    if (!options || !options.host) {
      throw new Error('options.host is required.');
    }
    this.host = options.host;
  }

  log(info, callback) {
    this.send(info, (err, body) => {
      if (err) return callback(err);
      let parsed;
      try {
        parsed = JSON.parse(body);
      } catch (e) {
        return callback(e);
      }
      callback(null, parsed);
    });
  }

  send(info, callback) {
    const req = http.request({ host: this.host, method: 'POST' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => callback(null, body));
    });
    req.on('error', callback);
    req.end(JSON.stringify(info));
  }
};
`;

describe('L4 on the classes of mistake of held-out rounds 21 and 22', () => {
  it('does not read making a socket object as blocking I/O, but still reads a blocking connect as one', async () => {
    const house = { 'examples/locks.py': pyPrimitive('Event'), 'examples/queues.py': pyPrimitive('Queue') };
    const makes = await check(
      repo({ ...house, 'src/connector.py': pyConnector('sock = socket.socket(family)', 'socket.inet_pton(socket.AF_INET, host)') }),
    );
    expect(makes.categoryBreakdown['async-style']).toBe(0);
    expect(makes.decision).toBe('accept');
    // Opening the connection with a blocking call is the synchronous I/O an asyncio house forbids.
    const connects = await check(
      repo({
        ...house,
        'src/connector.py': pyConnector('sock = socket.create_connection((host, port))', 'socket.getaddrinfo(host, port)'),
      }),
    );
    expect(connects.categoryBreakdown['async-style']).toBeGreaterThan(0);
  });

  it("reads callback(err) as a callback house's own error reporting, not a second convention", async () => {
    const callbackHouse = { 'examples/console.js': jsTransport('Console'), 'examples/stream.js': jsTransport('Stream') };
    const report = await check(repo({ ...callbackHouse, 'src/remote.js': jsHttpTransport }));
    expect(report.categoryBreakdown['error-handling']).toBe(0);
    expect(report.decision).toBe('accept');
    // Where the examples never call back, the same callback(err) is a convention of its own.
    const throwing = (name: string) =>
      jsTransport(name)
        .replace('if (callback) {\n      callback();\n    }', 'return info;')
        .replace('this.target.end(() => callback());', 'this.target.end();');
    const throwHouse = { 'examples/console.js': throwing('Console'), 'examples/stream.js': throwing('Stream') };
    const foreign = await check(repo({ ...throwHouse, 'src/remote.js': jsHttpTransport }));
    expect(foreign.categoryBreakdown['error-handling']).toBeGreaterThan(0);
  });
});
