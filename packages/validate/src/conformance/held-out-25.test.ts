import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake shown by round 25 (held-out-25, Python): each test is one class, written with
// code of its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

/** A store backend of a synchronous house: each method a round trip on the client it holds. */
const syncStore = (name: string, lib: string) => `from ${lib} import Client

from .base import KeyValueStore


class ${name}Store(KeyValueStore):
    def __init__(self, url):
        self._client = Client(url)
        self._watcher = self._client.watcher()

    def get(self, key):
        return self._client.get(key)

    def set(self, key, value):
        self._client.put(key, value)

    def delete(self, key):
        self._client.remove(key)

    def is_ready(self):
        return self._client.is_connected()
`;

/** A store backend of an asyncio house: the same methods as coroutines over an async client. */
const asyncStore = (name: string, lib: string) => `from ${lib} import AsyncClient

from .base import KeyValueStore


class ${name}Store(KeyValueStore):
    def __init__(self, url):
        self._conn = AsyncClient(url)

    async def get(self, key):
        return await self._conn.get(key)

    async def set(self, key, value):
        await self._conn.put(key, value)

    async def delete(self, key):
        await self._conn.remove(key)
`;

async function storeScore(examples: Record<string, string>, impl: string): Promise<number> {
  const root = repo({ ...examples, 'stores/impl.py': impl });
  const report = await checkConformance({ root, examples: Object.keys(examples), files: ['stores/impl.py'] });
  return report.categoryBreakdown['async-style'] ?? 0;
}

/** A command module of a house that raises its own errors. */
const raisingCommand = (name: string) => `from .exceptions import UsageError, ProjectError


def ${name}_command(project, options):
    if not options.packages:
        raise UsageError("Must specify at least one package")
    for package in options.packages:
        if package not in project.packages:
            raise ProjectError(f"{package} does not exist")
        project.run(package)
`;

async function errorScore(impl: string): Promise<number> {
  const examples = { 'commands/add.py': raisingCommand('add'), 'commands/remove.py': raisingCommand('remove') };
  const root = repo({ ...examples, 'commands/impl.py': impl });
  const report = await checkConformance({ root, examples: Object.keys(examples), files: ['commands/impl.py'] });
  return report.categoryBreakdown['error-handling'] ?? 0;
}

/** An integration module of a house of classes: one class per module, several methods. */
const integrationClass = (name: string) => `class ${name}Integration(Integration):
    identifier = "${name.toLowerCase()}"

    def setup_once(self):
        patch_${name.toLowerCase()}(self)

    def capture(self, event):
        self.client.capture_event(event)

    def flush(self):
        self.client.flush()
`;

async function structureScore(impl: string): Promise<number> {
  const examples = { 'integrations/bottle.py': integrationClass('Bottle'), 'integrations/falcon.py': integrationClass('Falcon') };
  const root = repo({ ...examples, 'integrations/impl.py': impl });
  const report = await checkConformance({ root, examples: Object.keys(examples), files: ['integrations/impl.py'] });
  return report.categoryBreakdown.structure ?? 0;
}

describe('round 25 (held-out-25): classes of mistake on real Python code', () => {
  it("reads a method calling the instance's client without await as blocking I/O, foreign to an asyncio house", async () => {
    const examples = { 'stores/redis.py': asyncStore('Redis', 'aredis'), 'stores/postgres.py': asyncStore('Postgres', 'apg') };
    expect(await storeScore(examples, syncStore('Consul', 'consul'))).toBeGreaterThan(30);
    // The house's own asyncio backend stays in style.
    expect(await storeScore(examples, asyncStore('Kafka', 'akafka'))).toBe(0);
  });

  it("makes a house of methods calling the instance's client a blocking house, where coroutines are foreign", async () => {
    const examples = { 'stores/couch.py': syncStore('Couch', 'couch'), 'stores/etcd.py': syncStore('Etcd', 'etcd') };
    expect(await storeScore(examples, asyncStore('Kafka', 'akafka'))).toBeGreaterThan(30);
    // The house's own blocking backend stays in style; its predicate (`is_ready`) and constructor do no round trip.
    expect(await storeScore(examples, syncStore('S3', 's3client'))).toBe(0);
  });

  it('reads one except clause returning a default (EAFP) as fitting a house that raises', async () => {
    const impl = `def outdated_command(project, options):
    for package in project.packages:
        latest = parse_version(project.latest(package))
        project.echo(f"{package}: {latest}")


def parse_version(text):
    try:
        return Version(text)
    except InvalidVersion:
        return text
`;
    expect(await errorScore(impl)).toBe(0);
    // Two such clauses are the module's own convention of swallowing failures, foreign to the house.
    const twice = `${impl}

def parse_int(text):
    try:
        return int(text)
    except ValueError:
        return text
`;
    expect(await errorScore(twice)).toBeGreaterThan(10);
  });

  it('takes a function returning a string from every branch for a formatter, not a validator returning messages', async () => {
    const impl = `${raisingCommand('cache')}

def format_size(size):
    if size > 1000 * 1000:
        return f"{size / 1000.0 / 1000:.1f} MB"
    elif size > 1000:
        return f"{size / 1000.0:.1f} kB"
    else:
        return f"{int(size)} bytes"
`;
    expect(await errorScore(impl)).toBe(0);
  });

  it('reads a returned success status (`ExitCode.OK`) as no error code', async () => {
    const impl = `${raisingCommand('version')}

def cmdline_main(config):
    if config.option.version:
        show_version(config)
        return ExitCode.OK
    if config.option.help:
        show_help(config)
        return ExitCode.OK
    return None
`;
    expect(await errorScore(impl)).toBe(0);
  });

  it('reads `return user, None` (a value beside an absent one) as no (value, error) pair', async () => {
    const impl = `def authenticate(request, users):
    token = request.headers.get("Authorization")
    user = users.lookup(token)
    return (user, None)
`;
    expect(await errorScore(impl)).toBe(0);
  });

  it('reads a typed key made at module level (`StashKey[str]()`, `ContextVar(…)`) as an identity, not shared state', async () => {
    const plugin = (name: string, body: string) => `from .stash import StashKey


${body}

def ${name}_configure(config):
    config.option.${name} = True


def ${name}_unconfigure(config):
    config.option.${name} = False
`;
    const examples = {
      'plugins/faults.py': plugin('faults', ''),
      'plugins/warnings.py': plugin('warnings', ''),
    };
    const impl = plugin(
      'paste',
      `paste_file_key = StashKey[str]()


def paste_collect(config):
    config.stash[paste_file_key] = open_temp(config)


def paste_finish(config):
    del config.stash[paste_file_key]`,
    );
    const root = repo({ ...examples, 'plugins/paste.py': impl });
    const report = await checkConformance({ root, examples: Object.keys(examples), files: ['plugins/paste.py'] });
    expect(report.categoryBreakdown['data-flow']).toBe(0);
  });

  it('weighs a module function a class hands on (`callback = default_callback`) with the class, not as a unit of its own', async () => {
    const impl = `def default_callback(pending, timeout):
    sys.stderr.write(f"{pending} events pending, waiting {timeout}s")


class ShutdownIntegration(Integration):
    def __init__(self, callback=None):
        self.callback = callback if callback is not None else default_callback

    def setup_once(self):
        atexit.register(self.shutdown)
`;
    expect(await structureScore(impl)).toBe(0);
  });

  it('forgives one public function lighter than the class beside it, as among three units', async () => {
    const impl = `def print_results(ui, hits):
    for hit in hits:
        ui.echo(hit.name)


class SearchCommand(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("query")

    def handle(self, project, options):
        project.ui.warn("search is deprecated")
`;
    expect(await structureScore(impl)).toBe(0);
    // A function weighing as much as the class is the file's other half.
    const halves = impl.replace(/ {4}def add_arguments[^]*?\n\n/, '');
    expect(await structureScore(halves)).toBeGreaterThan(10);
  });

  it('weighs the private module functions a class runs with the class, as its private methods are', async () => {
    const impl = `class StdlibIntegration(Integration):
    def setup_once(self):
        _install_httplib()
        _install_subprocess()


def _install_httplib():
    HTTPConnection.putrequest = patched(HTTPConnection.putrequest)


def _install_subprocess():
    subprocess.Popen.__init__ = patched(subprocess.Popen.__init__)


def get_traceparent_headers():
    return {"sentry-trace": current_trace()}
`;
    expect(await structureScore(impl)).toBe(0);
  });
});
