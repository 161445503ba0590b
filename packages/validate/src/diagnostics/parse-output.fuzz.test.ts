import { describe, expect, it } from 'vitest';
import { fc, fuzzParser, stretched, textOf } from '@ce/test-utils';
import { parseDiagnostics } from './parse-output.js';

// Fragments of every format the diagnostic parsers read (tsc, ESLint, Prettier, vitest, jest,
// pytest, ruff, mypy, cargo, go), so that generated output reaches each parser's patterns.
const OUTPUT_FRAGMENTS = [
  'src/a.ts(3,7): error TS2322: Type x.\n',
  'src/a.ts:3:7 - error TS2322: Type x.\n',
  '/repo/src/a.ts\n  3:7  error  Unexpected any  @typescript-eslint/no-explicit-any\n',
  '✖ 2 problems (2 errors, 0 warnings)\n',
  '[warn] src/a.ts\n[warn] Code style issues found in the above file.\n',
  ' FAIL  src/a.test.ts > adds\n',
  'AssertionError: expected 1 to be 2\n ❯ src/a.test.ts:4:13\n',
  '● suite › test\n\n    at Object.<anonymous> (src/a.test.js:3:5)\n',
  'FAILED tests/test_a.py::test_x - assert 1 == 2\n',
  'tests/test_a.py:12: AssertionError\n',
  'src/a.py:3:1: F401 [*] `os` imported but unused\n',
  'src/a.py:3: error: Incompatible types  [assignment]\n',
  'error[E0308]: mismatched types\n  --> src/main.rs:4:5\n',
  'warning: unused variable\n --> src/lib.rs:2:9\n',
  './a.go:3:2: undefined: x\n',
  '--- FAIL: TestX (0.00s)\n    a_test.go:9: got 1\n',
  '\u001b[31mred\u001b[39m',
  '../../outside.ts(1,1): error TS1: x\n',
];

describe('parseDiagnostics under fuzzing', () => {
  it('never throws on any tool output; files inside the repository are reported relative to it', () => {
    const context = { root: '/repo', cwd: '/repo/pkg', command: 'npx eslint .' };
    const report = fuzzParser(
      'parseDiagnostics',
      fc.oneof(textOf(OUTPUT_FRAGMENTS, 60), fc.string({ unit: 'binary', maxLength: 600 })),
      (output) => {
        for (const d of parseDiagnostics(output, context)) {
          if (d.file.startsWith('/repo/')) throw new Error(`a file inside the repository reported absolute: ${d.file}`);
        }
      },
    );
    expect(report.cases).toBeGreaterThanOrEqual(1_000);
    expect(report.refused).toBe(0);
  });

  it('reads long runs of tool output syntax in bounded time', () => {
    const context = { root: '/repo', cwd: '/repo/pkg', command: 'npx tsc --noEmit' };
    const long = fuzzParser('parseDiagnostics (long runs)', stretched(OUTPUT_FRAGMENTS), (output) => parseDiagnostics(output, context), {
      runs: 200,
      maxCaseMs: 1_000,
    });
    expect(long.refused).toBe(0);
  });
});
