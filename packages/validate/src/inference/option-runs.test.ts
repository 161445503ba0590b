import { caseTimeMs } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { isSetupLine } from './ci-level.js';
import { optionVariables } from './make-option-variables.js';

// A run of options before something that is not one: the option patterns matched each `--x` two ways
// (`--?[\w-]+`), so a failing match tried 2^n ways (28 options took seconds, 40 would never end).
const LIMIT_MS = 500;
const options = Array.from({ length: 28 }, () => '--a').join(' ');

describe('option runs in CI lines and Makefiles are read in linear time', () => {
  it('a Makefile variable of many options ending in a non-option is not an options variable, at once', () => {
    const makefile = `FLAGS = ${options} $$(X)\nOPTS = --status-bugs -v\n`;
    let read = new Map<string, string>();
    expect(caseTimeMs(() => (read = optionVariables(makefile)), LIMIT_MS)).toBeLessThan(LIMIT_MS);
    expect([...read]).toEqual([['OPTS', '--status-bugs -v']]);
  });

  it('pip with many options and no install is not set-up, at once', () => {
    let setup = true;
    expect(caseTimeMs(() => (setup = isSetupLine(`pip ${options} check`)), LIMIT_MS)).toBeLessThan(LIMIT_MS);
    expect(setup).toBe(false);
    expect(isSetupLine(`pip ${options} install x`)).toBe(true);
  });
});
