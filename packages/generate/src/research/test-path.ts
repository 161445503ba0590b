import { posix } from 'node:path';

/** How a project names a test file after the file it tests: `test_x.py`, `x_test.go`, `x.spec.ts`, `XTest.java`, `x_spec.rb`. */
interface TestName {
  prefix: string;
  suffix: string;
}

const NAME_SHAPES: TestName[] = [
  { prefix: 'test_', suffix: '' },
  { prefix: '', suffix: '_test' },
  { prefix: '', suffix: '_spec' },
  { prefix: '', suffix: '.test' },
  { prefix: '', suffix: '.spec' },
  { prefix: '', suffix: 'Test' },
  { prefix: '', suffix: 'Tests' },
  { prefix: '', suffix: 'Spec' },
];

function shapeOf(testFile: string): TestName | undefined {
  const base = posix.basename(testFile, posix.extname(testFile));
  return NAME_SHAPES.find((s) => base.length > s.prefix.length + s.suffix.length && base.startsWith(s.prefix) && base.endsWith(s.suffix));
}

function mostCommon<T>(items: T[], key: (item: T) => string): T | undefined {
  const counts = new Map<string, { item: T; n: number }>();
  for (const item of items) {
    const k = key(item);
    const c = counts.get(k) ?? { item, n: 0 };
    c.n++;
    counts.set(k, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.item;
}

/**
 * The folder a new test of `file` goes in, as the project's own tests of that language are laid
 * out: beside the sources (always for Go; wherever the file's folder already holds tests), in the mirror tree (`src/main/java` →
 * `src/test/java`), or in the project's test folder (`tests/`, `test/`, `spec/`).
 */
function testFolder(file: string, tests: string[], sourceDirs: ReadonlySet<string>): string {
  const dir = posix.dirname(file);
  // A Go package is its directory: `go test` compiles only the `_test.go` files beside the code, and
  // a test in another folder is another package that cannot reach the unexported names.
  if (posix.extname(file) === '.go') return dir;
  // The file's own folder already holds tests of its language: the project tests that folder there.
  if (tests.some((t) => posix.dirname(t) === dir)) return dir;
  const beside = tests.filter((t) => sourceDirs.has(posix.dirname(t))).length;
  if (beside * 2 >= tests.length) return dir;
  if (/(^|\/)src\/main\//.test(`${dir}/`) && tests.some((t) => t.includes('src/test/')))
    return dir.replace(/(^|\/)src\/main(?=\/|$)/, '$1src/test');
  const top = mostCommon(tests, (t) => t.split('/')[0] ?? '');
  return top?.includes('/') ? (top.split('/')[0] as string) : '.';
}

/**
 * The path of a new test for `file`, following the project's existing tests of the same
 * extension (their name shape and folder); without any, the TypeScript/JavaScript habit
 * `x.test.ts` beside the file, Python's `tests/test_x.py`, Go's `x_test.go`.
 */
export function newTestPath(file: string, testFiles: readonly string[], sourceFiles: readonly string[]): string {
  const ext = posix.extname(file);
  const base = posix.basename(file, ext);
  const tests = testFiles.filter((t) => posix.extname(t) === ext);
  const shape = mostCommon(
    tests.map(shapeOf).filter((s): s is TestName => s !== undefined),
    (s) => `${s.prefix}|${s.suffix}`,
  ) ?? { prefix: ext === '.py' ? 'test_' : '', suffix: ext === '.py' ? '' : ext === '.go' ? '_test' : '.test' };
  const sourceDirs = new Set(sourceFiles.filter((f) => posix.extname(f) === ext).map((f) => posix.dirname(f)));
  const folder = tests.length > 0 ? testFolder(file, tests, sourceDirs) : ext === '.py' ? 'tests' : posix.dirname(file);
  const name = shape.suffix.match(/^[A-Z]/) ? base.charAt(0).toUpperCase() + base.slice(1) : base;
  return posix.join(folder, `${shape.prefix}${name}${shape.suffix}${ext}`);
}

/** A test file's base name without the affixes of its shape: `test_x.py`, `x.spec.ts`, `XTest.java` → x. */
function testedName(testFile: string): string {
  const base = posix.basename(testFile, posix.extname(testFile));
  const shape = shapeOf(testFile);
  return (shape ? base.slice(shape.prefix.length, base.length - shape.suffix.length) : base).toLowerCase();
}

/**
 * The existing tests named after `file` (`test/string.ts`, `tests/test_client.py`, `x_test.go`,
 * `FooTest.java` for `foo`/`Foo`), nearest folder first. Many projects import a module through
 * their package index, so the import graph alone misses the test a reviewer would open first.
 */
export function ownTests(file: string, testFiles: readonly string[]): string[] {
  const ext = posix.extname(file);
  const name = posix.basename(file, ext).toLowerCase();
  const shared = (t: string): number => {
    const a = posix.dirname(file).split('/');
    const b = posix.dirname(t).split('/');
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n;
  };
  return testFiles
    .filter((t) => posix.extname(t) === ext && testedName(t) === name)
    .sort((x, y) => shared(y) - shared(x) || x.localeCompare(y));
}
