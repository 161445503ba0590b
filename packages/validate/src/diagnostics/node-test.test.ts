import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '@ce/test-utils';
import { parseDiagnostics } from './parse-output.js';

function nodeTestOutput(root: string): string {
  try {
    execFileSync(process.execPath, ['--test', 'test/'], { cwd: root, encoding: 'utf8', stdio: 'pipe', env: { PATH: process.env['PATH'] } });
    return '';
  } catch (error) {
    return String((error as { stdout: string }).stdout);
  }
}

describe('node --test (TAP) diagnostics', () => {
  it('gives the failing test, its file and line and the assertion, not the suite that only contains it', () => {
    const root = gitRepo({
      'package.json': '{"type":"module"}',
      'test/sum.test.js':
        "import { describe, test } from 'node:test';\nimport assert from 'node:assert/strict';\ndescribe('sum', () => {\n  test('adds', () => {\n    assert.equal(1 + 1, 3);\n  });\n  test('fine', () => {});\n});\n",
    });
    const diagnostics = parseDiagnostics(nodeTestOutput(root), { root, cwd: root, command: 'node --test test/' });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        tool: 'node-test',
        file: 'test/sum.test.js',
        line: 4,
        rule: 'test',
        message: expect.stringMatching(/^adds: .*2 !== 3/),
      }),
    ]);
  });

  it('reads nothing from output that is not TAP', () => {
    expect(parseDiagnostics('not ok 1 - x\n', { root: '/r', cwd: '/r' })).toEqual([]);
  });
});
