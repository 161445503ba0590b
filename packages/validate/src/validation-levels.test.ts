import { describe, expect, it } from 'vitest';
import { LEVEL4_NOTHING_TO_COMPARE, selectValidationLevels } from './validation-levels.js';

describe('selectValidationLevels', () => {
  it('runs levels 1–3 under all and says why level 4 is left out when there is nothing to compare', () => {
    expect(selectValidationLevels({})).toEqual({ levels: [1, 2, 3], level4Skipped: LEVEL4_NOTHING_TO_COMPARE });
    expect(selectValidationLevels({ level: 'all' })).toEqual({ levels: [1, 2, 3], level4Skipped: LEVEL4_NOTHING_TO_COMPARE });
  });

  it('includes level 4 under all when a PRP or examples are given', () => {
    expect(selectValidationLevels({ prp: 'PRPs/PRP-1-x.md' })).toEqual({ levels: [1, 2, 3, 4] });
    expect(selectValidationLevels({ examples: ['examples'] })).toEqual({ levels: [1, 2, 3, 4] });
  });

  it('defaults to level 1 with fix, and runs a level asked for by number as it is', () => {
    expect(selectValidationLevels({ fix: true })).toEqual({ levels: [1] });
    expect(selectValidationLevels({ level: '4' })).toEqual({ levels: [4] });
    expect(selectValidationLevels({ level: '2', fix: true })).toEqual({ levels: [2] });
  });

  it('refuses an unknown level with exit 2', () => {
    expect(() => selectValidationLevels({ level: '5' as never })).toThrow(expect.objectContaining({ code: 'bad-level', exitCode: 2 }));
  });
});
