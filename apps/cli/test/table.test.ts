import { describe, expect, it } from 'vitest';
import { formatTable } from '../src/table.js';

describe('formatTable', () => {
  it('pads every column to its widest cell and leaves the last column unpadded', () => {
    expect(
      formatTable([
        ['PRP-1', 'accept', 'fine'],
        ['PRP-12', 'auto-fix', 'renamed'],
      ]),
    ).toEqual(['PRP-1   accept    fine', 'PRP-12  auto-fix  renamed']);
  });

  it('right-aligns the columns asked for, including the last, with the given gap', () => {
    expect(
      formatTable(
        [
          ['a', '5'],
          ['bb', '120'],
        ],
        { columns: [{}, { align: 'right' }], gap: 1 },
      ),
    ).toEqual(['a    5', 'bb 120']);
  });

  it('handles rows of different lengths and no rows', () => {
    expect(formatTable([['x', 'y', 'z'], ['long']])).toEqual(['x     y  z', 'long']);
    expect(formatTable([])).toEqual([]);
  });
});
