import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake shown by round 23 (held-out-23): each test is one class, written with code of
// its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

/** A CommonJS transport of the house: `send(message, callback)`, failures handed to the callback. */
const cjsTransport = (name: string, spawn: string) => `'use strict';

const shared = require('../shared');

class ${name} {
    constructor(options) {
        this.options = options || {};
        this.logger = shared.getLogger(this.options);
    }

    send(message, callback) {
        let child;
        try {
            child = ${spawn}(this.options.path, message.args);
        } catch (E) {
            this.logger.error({ err: E }, 'Spawn failed');
            return callback(E);
        }
        child.once('error', err => {
            this.logger.error({ err }, 'Send failed');
            callback(err);
        });
        child.once('exit', code => {
            if (code) {
                return callback(new Error('Exited with code ' + code));
            }
            callback(null, { messageId: message.id });
        });
        message.pipe(child.stdin);
    }

    verify(callback) {
        shared.resolveHostname(this.options.host, (err, address) => {
            if (err) {
                return callback(err);
            }
            callback(null, !!address);
        });
    }

    close() {
        this.logger.info('closed');
    }
}

module.exports = ${name};
`;

/** A command class of the house: `run()` logs a failure and returns exit status 1, 0 on success. */
const cmdModule = (name: string, action: string, validates: boolean) => `from .command import CmdBase
from .exceptions import InvalidArgumentError, RepoError
from .log import logger


class Cmd${name}(CmdBase):
${
  validates
    ? `    def validate_args(self):
        if self.args.all and self.args.targets:
            raise InvalidArgumentError("--all can't be used with targets")

`
    : ''
}    def run(self):
${
  validates
    ? `        try:
            self.validate_args()
        except InvalidArgumentError:
            logger.exception("")
            return 1
`
    : ''
}        try:
            self.repo.${action}(self.args.targets, jobs=self.args.jobs)
        except RepoError:
            logger.exception("failed to ${action}")
            return 1
        return 0


def add_parser(subparsers, parent_parser):
    parser = subparsers.add_parser("${action}", parents=[parent_parser])
    parser.add_argument("targets", nargs="*")
    parser.set_defaults(func=Cmd${name})
`;

/** A command module of functions that raise for the caller to report. */
const raisingCommand = `import os

from .exceptions import InvalidDistribution, RedirectDetected
from .settings import Settings


def upload(settings, dists):
    if not dists:
        raise InvalidDistribution("no distributions given")
    for dist in dists:
        if not os.path.exists(dist):
            raise InvalidDistribution(f"{dist} does not exist")
        response = settings.repository.upload(dist)
        if response.is_redirect:
            raise RedirectDetected(response.headers["location"])


def main(args):
    settings = Settings.from_args(args)
    return upload(settings, args.dists)
`;

async function commandsCheck(validates: boolean) {
  const actions = ['push', 'fetch', 'pull'];
  const examples = Object.fromEntries(
    actions.map((a) => [`cli/commands/${a}.py`, cmdModule(a[0]?.toUpperCase() + a.slice(1), a, validates)]),
  );
  const root = repo({ ...examples, 'cli/commands/upload.py': raisingCommand });
  return checkConformance({ root, examples: Object.keys(examples), files: ['cli/commands/upload.py'] });
}

describe('L4 on the classes of mistake shown by round 23', () => {
  it('reads a catch that defers the error to a callback as a callback error, not an exception', async () => {
    // A transport over a promise-based client: the caught error and the rejection go to the callback.
    const clientTransport = `'use strict';

const shared = require('../shared');

class ApiTransport {
    constructor(options) {
        this.options = options || {};
        this.client = options.client;
        this.logger = shared.getLogger(this.options);
    }

    send(message, callback) {
        let request;
        try {
            request = this.client.post('/messages', message.body);
        } catch (err) {
            this.logger.error({ err }, 'Request failed');
            setImmediate(() => callback(err));
            return;
        }
        request
            .then(data => {
                const info = { messageId: data.id };
                setImmediate(() => callback(null, info));
            })
            .catch(err => {
                this.logger.error({ err }, 'Send failed');
                setImmediate(() => callback(err));
            });
    }

    close() {
        this.logger.info('closed');
    }
}

module.exports = ApiTransport;
`;
    const root = repo({
      'lib/pipe-transport/index.js': cjsTransport('PipeTransport', 'shared.spawn'),
      'lib/exec-transport/index.js': cjsTransport('ExecTransport', 'shared.exec'),
      'lib/api-transport/index.js': clientTransport,
    });
    const report = await checkConformance({
      root,
      examples: ['lib/pipe-transport/index.js', 'lib/exec-transport/index.js'],
      files: ['lib/api-transport/index.js'],
    });
    expect(report.categoryBreakdown['error-handling']).toBe(0);
  });

  it("reads a function settling its callback from a promise's handlers as a callback API, not a promise chain", async () => {
    // `util.callbackify`'s bridge: the region provider is a promise, the method's callers pass a callback.
    const bridges = `'use strict';

const shared = require('../shared');

class RegionTransport {
    constructor(options) {
        this.options = options || {};
        this.logger = shared.getLogger(this.options);
    }

    getRegion(cb) {
        if (typeof this.options.region === 'function') {
            return this.options.region().then(
                region => cb(null, region),
                err => cb(err)
            );
        }
        return cb(null, this.options.region);
    }

    getEndpoint(cb) {
        return this.options.endpoint().then(endpoint => cb(null, endpoint));
    }

    ping(cb) {
        this.options.client.ping().then(() => setImmediate(() => cb(null, true)));
    }

    close() {
        this.logger.info('closed');
    }
}

module.exports = RegionTransport;
`;
    const root = repo({
      'lib/pipe-transport/index.js': cjsTransport('PipeTransport', 'shared.spawn'),
      'lib/exec-transport/index.js': cjsTransport('ExecTransport', 'shared.exec'),
      'lib/region-transport/index.js': bridges,
    });
    const report = await checkConformance({
      root,
      examples: ['lib/pipe-transport/index.js', 'lib/exec-transport/index.js'],
      files: ['lib/region-transport/index.js'],
    });
    expect(report.categoryBreakdown['async-style']).toBe(0);
    // A promise chain that settles no callback is still foreign to the callback house.
    const chains = bridges.replace(/cb\(null, (\w+)\)/g, '$1').replace('err => cb(err)', 'err => { throw err; }');
    writeTree(root, { 'lib/region-transport/index.js': chains });
    const again = await checkConformance({
      root,
      examples: ['lib/pipe-transport/index.js', 'lib/exec-transport/index.js'],
      files: ['lib/region-transport/index.js'],
    });
    expect(again.categoryBreakdown['async-style']).toBeGreaterThan(10);
  });

  it("reads a middleware class's documented hooks as handlers, so async hooks are foreign to a house of synchronous ones", async () => {
    const middleware = (name: string, header: string) => `from __future__ import annotations


class ${name}:
    def __init__(self, value: str):
        self.value = value

    @classmethod
    def from_settings(cls, settings):
        return cls(settings.get("${header.toUpperCase()}", ""))

    def process_request(self, request, spider):
        if self.value:
            request.headers.setdefault(b"${header}", self.value)

    def process_response(self, request, response, spider):
        response.meta["${header}"] = self.value
        return response
`;
    const asyncHooks = `from __future__ import annotations


class TokenMiddleware:
    def __init__(self, fetch_token):
        self.fetch_token = fetch_token

    @classmethod
    def from_settings(cls, settings):
        return cls(settings.get("TOKEN_FETCHER"))

    async def process_request(self, request, spider):
        token = await self.fetch_token(request.url)
        request.headers[b"Authorization"] = f"Bearer {token}"

    async def process_response(self, request, response, spider):
        if response.status == 401:
            await self.fetch_token(request.url, refresh=True)
        return response
`;
    const root = repo({
      'crawler/middlewares/agent.py': middleware('AgentMiddleware', 'user-agent'),
      'crawler/middlewares/language.py': middleware('LanguageMiddleware', 'accept-language'),
      'crawler/middlewares/token.py': asyncHooks,
    });
    const report = await checkConformance({
      root,
      examples: ['crawler/middlewares/agent.py', 'crawler/middlewares/language.py'],
      files: ['crawler/middlewares/token.py'],
    });
    expect(report.categoryBreakdown['async-style']).toBeGreaterThan(30);
  });

  it('takes no error convention from `raise NotImplementedError`, which marks a method to override', async () => {
    const hostsMiddleware = `class HostsMiddleware(BaseMiddleware):
    def __init__(self, app, hosts):
        super().__init__(app)
        self.hosts = set(hosts)

    async def __call__(self, scope, receive, send):
        host = dict(scope["headers"]).get(b"host", b"").decode()
        if host in self.hosts:
            await self.app(scope, receive, send)
            return
        await self.reject(scope, receive, send)
`;
    const authMiddleware = `class AuthMiddleware(BaseMiddleware):
    def __init__(self, app, realm):
        super().__init__(app)
        self.realm = realm

    async def __call__(self, scope, receive, send):
        scope["user"] = await self.authenticate(scope)
        await self.app(scope, receive, send)

    async def authenticate(self, scope):
        raise NotImplementedError("authenticate must be overridden by subclasses")
`;
    const tokenMiddleware = `class TokenMiddleware(BaseMiddleware):
    def __init__(self, app, secret):
        super().__init__(app)
        self.secret = secret

    async def __call__(self, scope, receive, send):
        token = self.decode(dict(scope["headers"]).get(b"x-token", b"").decode())
        if token is None:
            raise PermissionDenied("token verification failed")
        await self.app(scope, receive, send)

    def decode(self, raw: str) -> str | None:
        if len(raw) < 8:
            return None
        return raw[8:] if raw[:8] == self.secret[:8] else raw
`;
    const root = repo({
      'web/middleware/hosts.py': hostsMiddleware,
      'web/middleware/auth.py': authMiddleware,
      'web/middleware/token.py': tokenMiddleware,
    });
    const report = await checkConformance({
      root,
      examples: ['web/middleware/hosts.py', 'web/middleware/auth.py'],
      files: ['web/middleware/token.py'],
    });
    expect(report.categoryBreakdown['error-handling']).toBe(0);
  });

  it('reads an except clause returning a non-zero exit status, where success returns 0, as an error code', async () => {
    const report = await commandsCheck(false);
    expect(report.categoryBreakdown['error-handling']).toBeGreaterThan(30);
  });

  it('reads an exception the module raises and turns into an exit status itself as that status', async () => {
    // `validate_args` raises, `run` calls it in a try and returns 1: the exception never leaves the module.
    const report = await commandsCheck(true);
    expect(report.categoryBreakdown['error-handling']).toBeGreaterThan(30);
  });
});
