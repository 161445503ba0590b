import { describe, expect, it } from 'vitest';
import { categoryScore, conformanceRepo } from '../../test/conformance-case.js';
import { checkConformance } from './index.js';

// Classes of mistake shown by round 37 (held-out-37): each test is one class, written with code of
// its own, not a copy of a bench case.

/** A store backend of a house that annotates every public signature. */
const typedBackend = (name: string) => `import typing as t

from .api import Backend


class ${name}Store(Backend):
    def __init__(self, folder: str, limit: int = 100) -> None:
        self._folder = folder
        self._limit = limit

    def fetch_item(self, key: str) -> t.Any:
        return None

    def store_item(self, key: str, value: t.Any) -> bool:
        return True

    def drop_item(self, key: str) -> bool:
        return False
`;

const typedHouse = {
  'stores/disk.py': typedBackend('Disk'),
  'stores/net.py': typedBackend('Net'),
  'stores/blank.py': typedBackend('Blank'),
};

/** The same role written without annotations, as another project does: an options dict, a sentinel for a miss. */
const untypedBackend = `from .api import Backend, MISSING


class LocalStore(Backend):
    def __init__(self, options):
        self._items = options.get("items", {})

    def fetch_item(self, key):
        return self._items.get(key, MISSING)

    def store_item(self, key, value):
        self._items[key] = value

    def drop_item(self, key):
        self._items.pop(key, None)
`;

const untypedHouse = {
  'stores/local.py': untypedBackend,
  'stores/shared.py': untypedBackend.replace('LocalStore', 'SharedStore'),
  'stores/blank.py': untypedBackend.replace('LocalStore', 'BlankStore'),
};

describe('round 37: type annotations of public signatures', () => {
  it('reads an unannotated module in a house that annotates every public signature as structure drift', async () => {
    expect(await categoryScore(typedHouse, 'stores/local.py', untypedBackend, 'structure')).toBeGreaterThan(0);
  });

  it('keeps an annotated module in style in the same house', async () => {
    expect(await categoryScore(typedHouse, 'stores/mem.py', typedBackend('Mem'), 'structure')).toBe(0);
  });

  it('keeps an annotated module in style in a house that annotates nothing yet (typing is adopted module by module)', async () => {
    expect(await categoryScore(untypedHouse, 'stores/disk.py', typedBackend('Disk'), 'structure')).toBe(0);
  });

  it('sets no rule from a gradually typed house (one unannotated public signature among the examples)', async () => {
    const mixed = {
      ...typedHouse,
      'stores/blank.py': typedBackend('Blank').replace('def drop_item(self, key: str) -> bool:', 'def drop_item(self, key):'),
    };
    expect(await categoryScore(mixed, 'stores/local.py', untypedBackend, 'structure')).toBe(0);
  });

  it('does not count private helpers: an unannotated lock wrapper beside typed backends leaves the rule', async () => {
    const helper = `\n\nclass _Guard:\n    def acquire(self, wait=True):\n        return True\n`;
    const withHelper = { ...typedHouse, 'stores/disk.py': typedBackend('Disk') + helper };
    expect(await categoryScore(withHelper, 'stores/local.py', untypedBackend, 'structure')).toBeGreaterThan(0);
  });

  it('sets no rule from an implementation of one or two public signatures', async () => {
    const oneMethod = `from .api import Backend\n\n\nclass OpenStore(Backend):\n    def fetch_item(self, key):\n        return None\n`;
    expect(await categoryScore(typedHouse, 'stores/open.py', oneMethod, 'structure')).toBe(0);
  });

  it('keeps annotations and naming together in the auto-fix band: one pass of mechanical fixes', async () => {
    const camel = untypedBackend.replace(/def (fetch|store|drop)_item/g, (_, n: string) => `def ${n}Item`).replace(/_items/g, 'itemTable');
    const root = conformanceRepo({ ...typedHouse, 'stores/local.py': camel });
    const report = await checkConformance({ root, examples: Object.keys(typedHouse), files: ['stores/local.py'] });
    expect(report.categoryBreakdown['structure']).toBeGreaterThan(0);
    expect(report.categoryBreakdown['naming']).toBeGreaterThan(0);
    expect(report.driftScore).toBeGreaterThanOrEqual(10);
    expect(report.driftScore).toBeLessThan(30);
  });
});

/** A command module of a build tool whose command classes are named after their commands. */
const command = (name: string, base: string) => `from .base import ${base}


class ${name}(${base}):
    description = "run the ${name} step"
    user_options = []

    def initialize_options(self):
        self.target_dir = None

    def finalize_options(self):
        self.target_dir = self.target_dir or "build"

    def run(self):
        self.announce("running " + self.target_dir)
`;

describe('round 37: a class name shown once in the examples', () => {
  const oneMultiWordClass = {
    'commands/install_data.py': command('install_data', 'Command'),
    'commands/rotate.py': command('rotate', 'Command'),
    'commands/upload.py': command('upload', 'Command'),
  };
  const withHelperClass = `${command('sdist', 'Command')}

class NoValue:
    pass
`;

  it('keeps a PascalCase helper class in style when the examples show one multi-word class name', async () => {
    const root = conformanceRepo({ ...oneMultiWordClass, 'commands/sdist.py': withHelperClass });
    const report = await checkConformance({ root, examples: Object.keys(oneMultiWordClass), files: ['commands/sdist.py'] });
    expect(report.driftScore).toBeLessThan(10);
  });

  it('still reads a PascalCase class against two or more snake_case class names as naming drift', async () => {
    const twoMultiWord = { ...oneMultiWordClass, 'commands/rotate.py': command('rotate_logs', 'Command') };
    expect(await categoryScore(twoMultiWord, 'commands/sdist.py', withHelperClass, 'naming')).toBeGreaterThan(25);
  });
});
