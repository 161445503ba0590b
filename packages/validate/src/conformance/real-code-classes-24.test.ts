import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake behind the last single false positives of the real sets (rounds 12, 13 and
// 15): each test is one class, written with code of its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

/** House helpers that work on their parameters only. */
const pyHelpers = `def parse_flag(value, default):
    if value is None:
        return default
    return value.lower() in ("1", "true", "yes")


def format_option(name, value):
    return f"--{name}={value}"


def split_args(argv):
    return [a for a in argv if a.startswith("-")], [a for a in argv if not a.startswith("-")]


def merge_defaults(options, defaults):
    merged = dict(defaults)
    merged.update(options)
    return merged
`;

/** Functions that share what one of them parsed through a module-level dict; `decorate` turns them into an app's commands. */
const pyStateModule = (header: string, decorate: (what: 'callback' | 'command') => string) => `${header}
state = {"verbose": False, "target": None}


${decorate('callback')}def main(verbose: bool = False, target: str = ""):
    state["verbose"] = verbose
    state["target"] = target


${decorate('command')}def create(name: str):
    if state["verbose"]:
        print("creating", name, "in", state["target"])
    print(name)


${decorate('command')}def delete(name: str):
    if state["verbose"]:
        print("deleting", name, "in", state["target"])
    print(name)


def run():
    return app()
`;

describe('L4 on the classes of mistake left on rounds 12, 13 and 15', () => {
  it("reads a command-line app's module-level state and app object as the framework's, not shared state", async () => {
    const check = async (impl: string) => {
      const root = repo({ 'pkg/options.py': pyHelpers, 'pkg/cli.py': impl });
      return checkConformance({ root, examples: ['pkg/options.py'], files: ['pkg/cli.py'] });
    };
    // Typer's own tutorial: the callback stores the parsed options at module level for the commands.
    const typer = pyStateModule('import typer\n\napp = typer.Typer()\n', (what) => `@app.${what}()\n`);
    expect((await check(typer)).categoryBreakdown['data-flow']).toBe(0);
    const click = pyStateModule('import click\n\napp = None\n', (what) =>
      what === 'callback' ? '@click.group()\n' : '@click.command()\n',
    );
    expect((await check(click)).categoryBreakdown['data-flow']).toBe(0);
    // The same functions sharing a module dict without being a command-line app still diverge.
    const plain = pyStateModule('from .app import make_app\n\napp = make_app()\n', () => '');
    expect((await check(plain)).categoryBreakdown['data-flow']).toBeGreaterThan(30);
    // And so do a web app's routes: a server's module state is shared between requests.
    const web = pyStateModule('from fastapi import FastAPI\n\napp = FastAPI()\n', (what) =>
      what === 'callback' ? '@app.post("/config")\n' : '@app.get("/items")\n',
    );
    expect((await check(web)).categoryBreakdown['data-flow']).toBeGreaterThan(30);
  });

  it('reads a function running the app its routes are registered on as using the registry, not a singleton', async () => {
    const webApp = `from fastapi import FastAPI

from .options import merge_defaults

app = FastAPI()


@app.get("/items/{item_id}")
def read_item(item_id: int, q: str = ""):
    return {"item_id": item_id, "q": q}


@app.get("/options")
def read_options(verbose: bool = False):
    return merge_defaults({"verbose": verbose}, {"verbose": False})


def serve(host: str, port: int):
    import uvicorn

    uvicorn.run(app, host=host, port=port)
`;
    const root = repo({ 'pkg/options.py': pyHelpers, 'pkg/web.py': webApp });
    const report = await checkConformance({ root, examples: ['pkg/options.py'], files: ['pkg/web.py'] });
    expect(report.categoryBreakdown['data-flow']).toBe(0);
  });

  it('reads snake_case functions as in style in a Python house whose camelCase functions are named from outside', async () => {
    // Handlers named after the keys of a spec they implement (`maxLength`), locals named by the house.
    const keywordHandlers = (local: (words: string[]) => string) => `def maxLength(checker, limit, value, spec):
    ${local(['text', 'size'])} = len(value)
    if ${local(['text', 'size'])} > limit:
        yield CheckError(f"{value!r} is too long")


def minLength(checker, limit, value, spec):
    ${local(['text', 'size'])} = len(value)
    if ${local(['text', 'size'])} < limit:
        yield CheckError(f"{value!r} is too short")


def uniqueValues(checker, unique, value, spec):
    ${local(['seen', 'values'])} = set()
    for item in value:
        if item in ${local(['seen', 'values'])}:
            yield CheckError(f"{item!r} is repeated")
        ${local(['seen', 'values'])}.add(item)


def patternMatch(checker, pattern, value, spec):
    ${local(['compiled', 'pattern'])} = re.compile(pattern)
    if not ${local(['compiled', 'pattern'])}.search(value):
        yield CheckError(f"{value!r} does not match {pattern!r}")
`;
    const legacy = `def max_length_draft3(checker, limit, value, spec):
    text_size = len(value)
    if text_size > limit:
        yield CheckError(f"{value!r} is too long")


def min_length_draft3(checker, limit, value, spec):
    text_size = len(value)
    if text_size < limit:
        yield CheckError(f"{value!r} is too short")


def find_unique_keys(checker, value, spec):
    seen_keys = set()
    for key in value:
        seen_keys.add(key)
    return seen_keys
`;
    const check = async (local: (words: string[]) => string) => {
      const root = repo({ 'checks/keywords.py': keywordHandlers(local), 'checks/legacy.py': legacy });
      return checkConformance({ root, examples: ['checks/keywords.py'], files: ['checks/legacy.py'] });
    };
    const snake = (words: string[]) => words.join('_');
    expect((await check(snake)).categoryBreakdown['naming']).toBe(0);
    // A house that names its own locals in camelCase too has a camelCase convention: snake_case functions diverge.
    const camel = (words: string[]) => words.map((w, i) => (i ? w[0]?.toUpperCase() + w.slice(1) : w)).join('');
    expect((await check(camel)).categoryBreakdown['naming']).toBeGreaterThan(30);
  });

  it("reads an override in its base method's async style as following the house", async () => {
    const base = (acquire: string) => `class Session {
  query(conn, sql) {
    return this.client.query(conn, sql).then((rows) => rows)
  }

  ${acquire}
}

module.exports = Session
`;
    // Sibling subclasses of the house chain their promises.
    const sibling = (name: string) => `const Session = require('../session')

class ${name} extends Session {
  begin(conn) {
    return this.query(conn, 'BEGIN').then(() => this.log('begin'))
  }

  commit(conn) {
    return this.query(conn, 'COMMIT').then(() => this.log('commit'))
  }

  rollback(conn) {
    return this.query(conn, 'ROLLBACK').catch((err) => this.log(err))
  }
}

module.exports = ${name}
`;
    const impl = `const Session = require('../session')

module.exports = class OracleSession extends Session {
  begin(conn) {
    return this.query(conn, 'BEGIN').then(() => this.log('begin'))
  }

  async commit(conn) {
    await conn.commitAsync()
    this.log('commit')
  }

  rollback(conn) {
    return this.query(conn, 'ROLLBACK').catch((err) => this.log(err))
  }

  async acquire(cb) {
    const connection = await this.client.acquire()
    try {
      return await cb(connection)
    } finally {
      await this.client.release(connection)
    }
  }
}
`;
    const check = async (acquire: string) => {
      const root = repo({
        'lib/session.js': base(acquire),
        'lib/mysql/session.js': sibling('MysqlSession'),
        'lib/pg/session.js': sibling('PgSession'),
        'lib/oracle/session.js': impl,
      });
      return checkConformance({ root, examples: ['lib/mysql/session.js', 'lib/pg/session.js'], files: ['lib/oracle/session.js'] });
    };
    // The base awaits in `acquire`: the override keeps its contract; one `async` method of its own is a helper.
    const inherited = 'async acquire(cb) {\n    const connection = await this.client.acquire()\n    return await cb(connection)\n  }';
    expect((await check(inherited)).categoryBreakdown['async-style']).toBe(0);
    // A base that chains in `acquire` too leaves both `async` methods the author's own choice.
    const chained = 'acquire(cb) {\n    return this.client.acquire().then((connection) => cb(connection))\n  }';
    expect((await check(chained)).categoryBreakdown['async-style']).toBeGreaterThan(10);

    // The same base behind a link to a file outside the repository is not read: no contract to keep.
    const outside = useTempDir();
    writeFileSync(join(outside, 'session.js'), base(inherited));
    const root = repo({
      'lib/mysql/session.js': sibling('MysqlSession'),
      'lib/pg/session.js': sibling('PgSession'),
      'lib/oracle/session.js': impl,
    });
    symlinkSync(join(outside, 'session.js'), join(root, 'lib/session.js'));
    const linked = await checkConformance({
      root,
      examples: ['lib/mysql/session.js', 'lib/pg/session.js'],
      files: ['lib/oracle/session.js'],
    });
    expect(linked.categoryBreakdown['async-style']).toBeGreaterThan(10);
  });
});
