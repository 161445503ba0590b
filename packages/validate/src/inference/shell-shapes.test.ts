import { caseTimeMs } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { gateOfShellLine } from './shell-shapes.js';

describe('gateOfShellLine', () => {
  it.each([
    ['files=$(gofmt -s -l .)', 'gofmt -s -l .'],
    ['if ! rustfmt --check src/lib.rs; then', 'rustfmt --check src/lib.rs'],
    ["find src -name '*.rs' | xargs -0 -n1 rustfmt --check", 'rustfmt --check'],
    ['diff -u <(echo -n) <(go fmt ./...)', 'gofmt -l .'],
    ['npm test', 'npm test'],
  ])('reads %j as %j', (line, gate) => {
    expect(gateOfShellLine(line)).toBe(gate);
  });

  it('stays linear and off the stack on pathological lines (100,000 `!`, 100,000 xargs options)', () => {
    const took = caseTimeMs(() => {
      expect(gateOfShellLine(`if ${'! '.repeat(100_000)}make check; then`)).toBe('make check');
      expect(gateOfShellLine(`echo x | xargs${' -a'.repeat(100_000)} |`)).toMatch(/^echo x/);
    }, 2_000);
    expect(took).toBeLessThan(2_000);
  });
});
