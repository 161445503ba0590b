import { describe, expect, it } from 'vitest';
import { parseDiagnostics } from '../index.js';

const root = '/repo';
const parse = (output: string, command = 'run', cwd = '/repo'): ReturnType<typeof parseDiagnostics> =>
  parseDiagnostics(output, { root, cwd, command });

describe('diagnostics parsers (output as each tool prints it)', () => {
  it('tsc: plain and pretty formats', () => {
    const out =
      "src/index.ts(5,37): error TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.\nsrc/b.ts:2:7 - error TS2322: Type 'string' is not assignable to type 'number'.\n\nFound 2 errors in 2 files.\n";
    expect(parse(out, 'npx tsc --noEmit', '/repo/web')).toEqual([
      {
        file: 'web/src/index.ts',
        line: 5,
        column: 37,
        rule: 'TS2345',
        message: "Argument of type 'string' is not assignable to parameter of type 'number'.",
        severity: 'error',
        tool: 'tsc',
      },
      {
        file: 'web/src/b.ts',
        line: 2,
        column: 7,
        rule: 'TS2322',
        message: "Type 'string' is not assignable to type 'number'.",
        severity: 'error',
        tool: 'tsc',
      },
    ]);
  });

  it('eslint: stylish with absolute paths, warnings and rule names', () => {
    const out =
      "\n/repo/src/index.ts\n  1:10  error    'multiply' is defined but never used            @typescript-eslint/no-unused-vars\n  9:9   warning  'label' is never reassigned. Use 'const' instead  prefer-const\n\n✖ 2 problems (1 error, 1 warning)\n  1 error and 1 warning potentially fixable with the `--fix` option.\n";
    expect(parse(out, 'npm run lint')).toEqual([
      {
        file: 'src/index.ts',
        line: 1,
        column: 10,
        rule: '@typescript-eslint/no-unused-vars',
        message: "'multiply' is defined but never used",
        severity: 'error',
        tool: 'eslint',
      },
      {
        file: 'src/index.ts',
        line: 9,
        column: 9,
        rule: 'prefer-const',
        message: "'label' is never reassigned. Use 'const' instead",
        severity: 'warning',
        tool: 'eslint',
      },
    ]);
  });

  it('prettier --check: one diagnostic per unformatted file, not for the summary', () => {
    const out =
      'Checking formatting...\n[warn] src/index.ts\n[warn] src/greet.ts\n[warn] Code style issues found in 2 files. Run Prettier with --write to fix.\n';
    expect(parse(out).map((d) => [d.tool, d.file, d.rule])).toEqual([
      ['prettier', 'src/index.ts', 'format'],
      ['prettier', 'src/greet.ts', 'format'],
    ]);
  });

  it('vitest: failing test with its assertion and location', () => {
    const out =
      " FAIL  src/sum.test.ts > sum > adds numbers\nAssertionError: expected 3 to be 4 // Object.is equality\n\n- Expected\n+ Received\n\n- 4\n+ 3\n\n ❯ src/sum.test.ts:5:22\n      3| describe('sum', () => {\n";
    expect(parse(out, 'npx vitest run')).toEqual([
      {
        file: 'src/sum.test.ts',
        line: 5,
        column: 22,
        rule: 'sum > adds numbers',
        message: 'AssertionError: expected 3 to be 4 // Object.is equality',
        severity: 'error',
        tool: 'vitest',
      },
    ]);
  });

  it('jest: ● blocks with the frame in the test file', () => {
    const out =
      "FAIL src/sum.test.js\n  ● sum › adds numbers\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 4\n    Received: 3\n\n      3 | test('adds numbers', () => {\n    > 4 |   expect(sum(1, 2)).toBe(4);\n        |                     ^\n\n      at Object.toBe (src/sum.test.js:4:21)\n";
    expect(parse(out, 'npx jest')).toEqual([
      {
        file: 'src/sum.test.js',
        line: 4,
        column: 21,
        rule: 'sum › adds numbers',
        message: 'expect(received).toBe(expected) // Object.is equality',
        severity: 'error',
        tool: 'jest',
      },
    ]);
  });

  it('ruff: concise and full check output, and format --check', () => {
    const concise = 'src/app.py:1:8: F401 [*] `os` imported but unused\nFound 1 error.\n[*] 1 fixable with the `--fix` option.\n';
    const full = 'F401 [*] `sys` imported but unused\n --> src/app.py:2:8\n  |\n2 | import sys\n  |        ^^^\n';
    const format = 'Would reformat: src/app.py\n1 file would be reformatted\n';
    expect(parse(concise + full + format).map((d) => [d.file, d.line, d.column, d.rule, d.message])).toEqual([
      ['src/app.py', 1, 8, 'F401', '`os` imported but unused'],
      ['src/app.py', 2, 8, 'F401', '`sys` imported but unused'],
      ['src/app.py', 1, 1, 'format', 'file is not formatted (ruff format)'],
    ]);
  });

  it('mypy: error code in brackets, notes skipped', () => {
    const out =
      'src/app.py:3: error: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]\nsrc/app.py:3: note: See https://mypy.rtfd.io\nFound 1 error in 1 file (checked 2 source files)\n';
    expect(parse(out)).toEqual([
      {
        file: 'src/app.py',
        line: 3,
        column: 0,
        rule: 'assignment',
        message: 'Incompatible types in assignment (expression has type "str", variable has type "int")',
        severity: 'error',
        tool: 'mypy',
      },
    ]);
  });

  it('pytest: short summary joined with the failing line', () => {
    const out =
      '    def test_add():\n>       assert add(1, 2) == 4\nE       assert 3 == 4\n\ntests/test_calc.py:6: AssertionError\n=========================== short test summary info ============================\nFAILED tests/test_calc.py::test_add - assert 3 == 4\n========================= 1 failed, 1 passed in 0.83s ==========================\n';
    expect(parse(out)).toEqual([
      { file: 'tests/test_calc.py', line: 6, column: 0, rule: 'test_add', message: 'assert 3 == 4', severity: 'error', tool: 'pytest' },
    ]);
  });

  it('cargo: rustc errors, clippy lints, rustfmt diffs and panicking tests', () => {
    const out = [
      'error[E0308]: mismatched types',
      ' --> src/main.rs:2:18',
      '  |',
      'warning: this `if` has identical blocks',
      ' --> src/lib.rs:4:5',
      '  = note: `#[warn(clippy::if_same_then_else)]` on by default',
      'Diff in /repo/src/main.rs:1:',
      "thread 'tests::adds' panicked at src/lib.rs:10:9:",
      'assertion `left == right` failed',
    ].join('\n');
    expect(parse(out).map((d) => [d.file, d.line, d.rule, d.severity])).toEqual([
      ['src/main.rs', 2, 'E0308', 'error'],
      ['src/lib.rs', 4, 'clippy::if_same_then_else', 'warning'],
      ['src/main.rs', 1, 'rustfmt', 'error'],
      ['src/lib.rs', 10, 'tests::adds', 'error'],
    ]);
  });

  it('go: vet / build / golangci-lint lines and failing tests', () => {
    const out =
      '# example.com/svc\n./main.go:4:2: declared and not used: x\nstore/db.go:12:9: Error return value of `f.Close` is not checked (errcheck)\n--- FAIL: TestAdd (0.00s)\n    calc_test.go:8: Add(1, 2) = 3; want 4\nFAIL\n';
    expect(parse(out, 'go test ./...', '/repo/svc').map((d) => [d.file, d.line, d.rule, d.message])).toEqual([
      ['svc/main.go', 4, 'go', 'declared and not used: x'],
      ['svc/store/db.go', 12, 'errcheck', 'Error return value of `f.Close` is not checked'],
      ['svc/calc_test.go', 8, 'TestAdd', 'Add(1, 2) = 3; want 4'],
    ]);
  });

  it('returns nothing for output it does not recognise', () => {
    expect(parse('all good\n3 files checked\n', 'make check')).toEqual([]);
  });
});
