import { describe, expect, it } from 'vitest';
import { asRecord, isRecord } from './as-record.js';

describe('asRecord', () => {
  it('keeps a mapping and refuses lists, scalars and null', () => {
    const mapping = { on: { push: null } };
    expect(asRecord(mapping)).toBe(mapping);
    expect([[], 'x', 3, null, undefined].map(asRecord)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(isRecord([])).toBe(false);
    expect(isRecord({})).toBe(true);
  });
});
