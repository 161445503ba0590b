import { describe, expect, it } from 'vitest';
import { categoryScore } from '../../test/conformance-case.js';

// Classes of mistake shown by round 35 (held-out-35, Python): each test is one class, written with
// code of its own, not a copy of a bench case.

/** A format as a class of classmethods (the house of format classes). */
const formatClass = (name: string) => `import ${name}


class ${name.toUpperCase()}Format:
    title = "${name}"

    @classmethod
    def export_rows(cls, rows):
        return ${name}.dumps(rows)

    @classmethod
    def import_rows(cls, table, stream):
        table.clear()
        table.extend(${name}.load(stream))

    @classmethod
    def detect(cls, stream):
        try:
            ${name}.load(stream)
            return True
        except ValueError:
            return False
`;

/**
 * A reader module of two functions; `save` hands a one-method encoder class to the library and
 * does real work (a merge, two files opened), so it is no hook publishing the class.
 */
const readerWithEncoder = `import json

from settings.base import Reader


def read(store, path=None, quiet=True):
    reader = Reader(store, extensions=(".json",), parse=json.load)
    reader.read(path, quiet=quiet)


def save(path, data, merge=True):
    if merge:
        with open(path) as handle:
            data = {**json.load(handle), **data}
    with open(path, "w") as handle:
        json.dump(data, handle, cls=StoreEncoder)


class StoreEncoder(json.JSONEncoder):
    def default(self, value):
        return str(value)
`;

/** A reader module whose \`read\` picks a loader subclass of one public method for some files. */
const readerWithLoader = (name: string) => `from settings.base import Reader
import ${name}


class Multi${name.toUpperCase()}Reader(Reader):
    @staticmethod
    def _collect(found, source, docs):
        for i, doc in enumerate(docs):
            found[f"{source}[{i}]"] = doc

    def read_sources(self, sources):
        found = {}
        for source in sources:
            self._collect(found, source, self.parse(source))
        return found


def read(store, path=None, quiet=True, every=False):
    reader_class = Reader
    if every:
        reader_class = Multi${name.toUpperCase()}Reader
    reader = reader_class(store, extensions=(".${name}",), parse=${name}.load)
    reader.read(path, quiet=quiet)


def save(path, data):
    with open(path, "w") as handle:
        ${name}.dump(data, handle)
`;

/** A reader module of two functions and nothing else. */
const plainReader = (name: string) => `from settings.base import Reader
import ${name}


def read(store, path=None, quiet=True):
    reader = Reader(store, extensions=(".${name}",), parse=${name}.load)
    reader.read(path, quiet=quiet)


def save(path, data):
    with open(path, "w") as handle:
        ${name}.dump(data, handle)
`;

describe('round 35: a small class a module function uses is that function’s helper', () => {
  it('a module of reader functions with an encoder class does not follow a house of format classes', async () => {
    const examples = { 'formats/csv_format.py': formatClass('csv'), 'formats/toml_format.py': formatClass('toml') };
    expect(await categoryScore(examples, 'formats/json_reader.py', readerWithEncoder, 'structure')).toBeGreaterThan(50);
  });

  it('a format class does not follow a house of reader functions that keep small helper classes', async () => {
    const examples = {
      'readers/yaml_reader.py': readerWithLoader('yaml'),
      'readers/json_reader.py': readerWithEncoder,
      'readers/ini_reader.py': plainReader('ini'),
    };
    expect(await categoryScore(examples, 'readers/csv_reader.py', formatClass('csv'), 'structure')).toBeGreaterThan(50);
  });

  it('a reader module with its helper class follows a house of reader functions', async () => {
    const examples = { 'readers/ini_reader.py': plainReader('ini'), 'readers/toml_reader.py': plainReader('toml') };
    expect(await categoryScore(examples, 'readers/yaml_reader.py', readerWithLoader('yaml'), 'structure')).toBe(0);
    expect(await categoryScore(examples, 'readers/json_reader.py', readerWithEncoder, 'structure')).toBe(0);
  });

  it('a class with a factory that branches follows a house of such classes', async () => {
    const check = (name: string) => `class ${name}Check:
    def __init__(self, strict=False):
        self.strict = strict

    def check(self, value):
        if self.strict and not value:
            raise ValueError("${name.toLowerCase()}")
        return bool(value)
`;
    const withFactory = `${check('Size')}

def make_check(config):
    if config.get("strict"):
        return SizeCheck(strict=True)
    return SizeCheck()
`;
    const examples = { 'checks/names.py': check('Name'), 'checks/dates.py': check('Date') };
    expect(await categoryScore(examples, 'checks/sizes.py', withFactory, 'structure')).toBe(0);
  });

  it('a class of several public methods stays a unit of its own beside the function that uses it', async () => {
    const parser = `class Parser:
    def feed(self, text):
        self.text = text

    def tokens(self):
        return self.text.split()

    def close(self):
        return self.tokens()


def parse(text, strict=False):
    parser = Parser()
    parser.feed(text)
    if strict and not text:
        raise ValueError("empty input")
    return parser.close()
`;
    const examples = { 'parsers/ini.py': formatClass('ini'), 'parsers/csv.py': formatClass('csv') };
    expect(await categoryScore(examples, 'parsers/words.py', parser, 'structure')).toBe(0);
  });
});

/** A plugin whose methods work on their arguments (the house). */
const argumentPlugin = (name: string) => `from tool.plugins import Plugin


class ${name}Plugin(Plugin):
    def on_import(self, session, task):
        for item in task.items:
            session.log(item)

    def render(self, items, limit=10):
        return [str(i) for i in items[:limit]]
`;

describe('round 35: an instance the functions only hand on is a declaration', () => {
  const examples = { 'plugins/tags.py': argumentPlugin('Tags'), 'plugins/covers.py': argumentPlugin('Covers') };

  it('a command declared and configured at module level, returned by a plugin method, shares no state', async () => {
    const impl = `from tool.plugins import Plugin
from tool.ui import Command


def head(lib, opts, args):
    for item in lib.items(args)[: opts.count]:
        print(item)


head_cmd = Command("head", help="the first items of a query")
head_cmd.parser.add_option("--count", type="int", default=10)
head_cmd.func = head


class HeadPlugin(Plugin):
    def commands(self):
        return [head_cmd]
`;
    expect(await categoryScore(examples, 'plugins/head.py', impl, 'data-flow')).toBe(0);
  });

  it('an instance a function calls methods on is still module state', async () => {
    const impl = `from tool.plugins import Plugin
from tool.http import Client

client = Client(timeout=5)


class FetchPlugin(Plugin):
    def on_import(self, task):
        return client.get(task.url)

    def refresh(self, task):
        return client.post(task.url)
`;
    expect(await categoryScore(examples, 'plugins/fetch.py', impl, 'data-flow')).toBeGreaterThan(10);
  });
});

/** A module of validators working on their arguments (the house). */
const validators = (name: string) => `def check_${name}(catalog, message):
    if not message.${name}:
        raise ValueError("missing ${name}")


def ${name}_count(messages):
    return len([m for m in messages if m.${name}])
`;

describe('round 35: a local named like a module binding is the function’s own', () => {
  const examples = { 'checks/ids.py': validators('id'), 'checks/texts.py': validators('text') };

  it('a loader filling a local list it names like the module-level result shares no state', async () => {
    const impl = `from tool.plugins import entry_points


def check_plural(catalog, message):
    if message.plural and not catalog.plurals:
        raise ValueError("plural forms in a catalog without them")


def _load_checks():
    checks = []
    checks.extend(load() for load in entry_points("tool.checks"))
    if not checks:
        return [check_plural]
    return checks


checks = _load_checks()
`;
    expect(await categoryScore(examples, 'checks/plurals.py', impl, 'data-flow')).toBe(0);
  });

  it('a function that changes the module-level list itself is still module state', async () => {
    const impl = `checks = []


def register(check):
    checks.append(check)
    return check


def run_checks(catalog, message):
    for check in checks:
        check(catalog, message)
`;
    expect(await categoryScore(examples, 'checks/registry.py', impl, 'data-flow')).toBeGreaterThan(10);
  });
});
