import { describe, expect, it } from 'vitest';
import { categoryScore, conformanceRepo } from '../../test/conformance-case.js';
import { checkConformance } from './index.js';

// Classes of mistake shown by round 37 (held-out-37): each test is one class, written with code of
// its own, not a copy of a bench case.

/** A store backend of a house that annotates nothing: an options dict, a sentinel for a miss. */
const untypedBackend = (name: string) => `from .api import Backend, MISSING


class ${name}Store(Backend):
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
  'stores/local.py': untypedBackend('Local'),
  'stores/shared.py': untypedBackend('Shared'),
  'stores/blank.py': untypedBackend('Blank'),
};

/** The same role written with annotated signatures, as another project does. */
const typedBackend = `import typing as t

from .api import Backend


class DiskStore(Backend):
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

/** The typed module written without annotations, as its house writes them. */
const untypedDisk = typedBackend.replace(/: str|: int|: t\.Any|-> (?:None|t\.Any|bool)/g, '');

describe('round 37: type annotations of public signatures', () => {
  it('reads an annotated module in a house that annotates no public signature as structure drift', async () => {
    expect(await categoryScore(untypedHouse, 'stores/disk.py', typedBackend, 'structure')).toBeGreaterThan(0);
  });

  it('reads an unannotated module in a house that annotates every public signature as structure drift', async () => {
    const typedHouse = { 'stores/a.py': typedBackend, 'stores/b.py': typedBackend.replace('DiskStore', 'NetStore') };
    expect(await categoryScore(typedHouse, 'stores/local.py', untypedBackend('Local'), 'structure')).toBeGreaterThan(0);
  });

  it('keeps an unannotated module in style in the same house', async () => {
    expect(await categoryScore(untypedHouse, 'stores/disk.py', untypedDisk, 'structure')).toBe(0);
  });

  it('sets no rule from a gradually typed house (one annotated public signature among the examples)', async () => {
    const mixed = {
      ...untypedHouse,
      'stores/blank.py': untypedBackend('Blank').replace('def drop_item(self, key):', 'def drop_item(self, key: str) -> None:'),
    };
    expect(await categoryScore(mixed, 'stores/disk.py', typedBackend, 'structure')).toBe(0);
  });

  it('does not count private helpers: an annotated lock wrapper beside untyped backends sets no rule', async () => {
    const helper = `\n\nclass _Guard:\n    def acquire(self, wait: bool = True) -> bool:\n        return True\n`;
    const withHelper = { ...untypedHouse, 'stores/local.py': untypedBackend('Local') + helper };
    expect(await categoryScore(withHelper, 'stores/disk.py', typedBackend, 'structure')).toBeGreaterThan(0);
  });

  it('sets no rule from an implementation of one or two public signatures', async () => {
    const oneMethod = `from .api import Backend\n\n\nclass OpenStore(Backend):\n    def fetch_item(self, key: str) -> bool:\n        return False\n`;
    expect(await categoryScore(untypedHouse, 'stores/open.py', oneMethod, 'structure')).toBe(0);
  });

  it('keeps annotations and naming together in the auto-fix band: one pass of mechanical fixes', async () => {
    const camel = typedBackend
      .replace(/def (fetch|store|drop)_item/g, (_, n: string) => `def ${n}Item`)
      .replace(/_folder|_limit/g, (m) => `${m}Value`);
    const root = conformanceRepo({ ...untypedHouse, 'stores/disk.py': camel });
    const report = await checkConformance({ root, examples: Object.keys(untypedHouse), files: ['stores/disk.py'] });
    expect(report.categoryBreakdown['structure']).toBeGreaterThan(0);
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
