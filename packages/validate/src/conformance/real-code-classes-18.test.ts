import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake L4 made on the held-out rounds 18-20 of tools/bench/drift-real (issue 17):
// each test is one class, written with code of its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

const check = (root: string) => checkConformance({ root, examples: ['examples'], files: ['src'] });

/** A module of formatting functions that take everything they use as arguments. */
const pyFormatters = (unit: string) => `def format_${unit}(value, precision=2):
    scaled = value / 1000
    return f"{scaled:.{precision}f} ${unit}"


def parse_${unit}(text):
    number = text.strip().split(" ")[0]
    return float(number) * 1000


def compare_${unit}(left, right):
    return parse_${unit}(left) - parse_${unit}(right)
`;

describe('L4 on the classes of mistake of held-out rounds 18 to 20', () => {
  it('reads a module-level table named in the plural as data the functions read, not shared state', async () => {
    const impl = `units = {
    "decimal": ("kB", "MB", "GB"),
    "binary": ("KiB", "MiB", "GiB"),
}


def format_size(value, binary=False):
    suffix = units["binary"] if binary else units["decimal"]
    return f"{value / 1000:.1f} {suffix[0]}"
`;
    const root = repo({
      'examples/length.py': pyFormatters('metre'),
      'examples/weight.py': pyFormatters('gram'),
      'src/size.py': impl,
    });
    const report = await check(root);
    expect(report.categoryBreakdown['data-flow']).toBe(0);
    expect(report.decision).toBe('accept');
    // The same table changed by a function is state the functions share.
    const changing = impl + '\n\ndef add_unit(name, suffixes):\n    units[name] = suffixes\n';
    const changed = repo({
      'examples/length.py': pyFormatters('metre'),
      'examples/weight.py': pyFormatters('gram'),
      'src/size.py': changing,
    });
    expect((await check(changed)).categoryBreakdown['data-flow']).toBeGreaterThan(0);
  });

  it('does not forgive a large class as a helper when a second class shares its style', async () => {
    const methods = Array.from({ length: 12 }, (_, i) => `    def step_${i}(self, value):\n        return self.base + value + ${i}\n`).join(
      '\n',
    );
    const impl = `def default_base():
    return 1


class Registry:
    def __init__(self, base):
        self.base = base

    def lookup(self, value):
        return self.base + value

    def drop(self, value):
        return self.base - value


class Engine:
    def __init__(self, base):
        self.base = base

${methods}`;
    const root = repo({
      'examples/length.py': pyFormatters('metre'),
      'examples/weight.py': pyFormatters('gram'),
      'src/engine.py': impl,
    });
    const report = await check(root);
    expect(report.categoryBreakdown.structure).toBeGreaterThan(30);
    expect(report.decision).not.toBe('accept');
  });

  it('reads a returned exit status named EXIT_CODE_* as no errno-style error code', async () => {
    const command = (name: string) => `from .constants import EXIT_CODE_OK


class CommandError(Exception):
    pass


def ${name}(venv, force=False):
    if not venv.exists():
        raise CommandError(f"{venv} does not exist")
    if venv.locked and not force:
        raise CommandError(f"{venv} is locked")
    venv.${name}()
    return EXIT_CODE_OK


def ${name}_all(venvs):
    for venv in venvs:
        if venv.broken:
            raise CommandError(f"{venv} is broken")
        ${name}(venv)
    return EXIT_CODE_OK
`;
    const impl = `from .constants import EXIT_CODE_OK, EXIT_CODE_LIST_PROBLEM


def list_venvs(venvs, printer):
    for venv in venvs:
        printer(venv.name)
    return EXIT_CODE_OK


def check_venvs(venvs):
    problems = [venv for venv in venvs if venv.broken]
    if problems:
        return EXIT_CODE_LIST_PROBLEM
    return EXIT_CODE_OK
`;
    const root = repo({ 'examples/install.py': command('install'), 'examples/remove.py': command('remove'), 'src/listing.py': impl });
    const report = await check(root);
    expect(report.categoryBreakdown['error-handling']).toBe(0);
    // An errno name is still an error code.
    const errno = repo({
      'examples/install.py': command('install'),
      'examples/remove.py': command('remove'),
      'src/listing.py': impl.replace(/EXIT_CODE_LIST_PROBLEM/g, 'ENOENT').replace(/return EXIT_CODE_OK/g, 'return "ENOTDIR"'),
    });
    expect((await check(errno)).categoryBreakdown['error-handling']).toBeGreaterThan(0);
  });

  it('reads a PascalCase type made by a call (Parsed = TypedDict(…)) as a type, not a shared instance', async () => {
    const impl = `from typing import TypedDict

Parsed = TypedDict("Parsed", {"value": float, "unit": str})


def parse_reading(text) -> Parsed:
    number, unit = text.split(" ")
    return Parsed(value=float(number), unit=unit)


def format_reading(reading: Parsed) -> str:
    return f"{reading['value']} {reading['unit']}"
`;
    const root = repo({ 'examples/length.py': pyFormatters('metre'), 'examples/weight.py': pyFormatters('gram'), 'src/reading.py': impl });
    expect((await check(root)).categoryBreakdown['data-flow']).toBe(0);
    // A lower-case instance of a class made at module level is still a shared singleton.
    const shared = impl
      .replace('Parsed = TypedDict("Parsed", {"value": float, "unit": str})', 'cache = Cache()')
      .replace('return Parsed(value=float(number), unit=unit)', 'return cache.store(float(number), unit)');
    const withSingleton = repo({
      'examples/length.py': pyFormatters('metre'),
      'examples/weight.py': pyFormatters('gram'),
      'src/reading.py': shared,
    });
    expect((await check(withSingleton)).categoryBreakdown['data-flow']).toBeGreaterThan(0);
  });

  it('reads errors handed to a collector (context.report(new RuleError(…))) as a convention a throwing helper leaves', async () => {
    const rule = (name: string) => `import { RuleError } from './errors.js';

export function ${name}Rule(context) {
  const seen = new Set();
  return {
    Field(node) {
      if (seen.has(node.name)) {
        context.report(new RuleError(\`Duplicate ${name} "\${node.name}"\`, node));
      }
      seen.add(node.name);
    },
    Argument(node) {
      if (!node.value) {
        context.report(new RuleError(\`Missing ${name} value\`, node));
      }
    },
  };
}
`;
    const impl = `export function checkWeek(week) {
  if (typeof week !== 'object') {
    throw new TypeError('Week settings must be an object');
  }
  if (week.firstDay < 1 || week.firstDay > 7) {
    throw new RangeError('Invalid first day');
  }
  return week;
}

export function checkUnit(unit) {
  if (!unit) {
    throw new TypeError('Missing unit');
  }
  return unit.toLowerCase();
}
`;
    const root = repo({ 'examples/unique.js': rule('Unique'), 'examples/known.js': rule('Known'), 'src/checks.js': impl });
    const report = await check(root);
    expect(report.categoryBreakdown['error-handling']).toBeGreaterThan(30);
    // A rule of the house that reports its own problems stays in style.
    const sibling = repo({ 'examples/unique.js': rule('Unique'), 'examples/known.js': rule('Known'), 'src/named.js': rule('Named') });
    expect((await check(sibling)).categoryBreakdown['error-handling']).toBe(0);
  });
});
