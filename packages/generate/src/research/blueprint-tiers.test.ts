import { describe, expect, it } from 'vitest';
import { blueprintTiers } from './research-code.js';
import { requestedFiles } from './requested-files.js';
import { codeSpanIdentifiers, isFilePath } from './terms.js';

const ranked = (...scores: [string, number][]) => scores.map(([path, score]) => ({ path, score, reasons: [] }));

describe('what a request names by path', () => {
  const repo = ['src/isodate/__init__.py', 'src/isodate/isodates.py', 'src/a/utils.py', 'src/b/utils.py', 'tests/test_date.py'];

  it('resolves a path to the one file that ends with it at a folder boundary', () => {
    expect(requestedFiles('Export it from `isodate/__init__.py`.', repo)).toEqual(['src/isodate/__init__.py']);
    expect(requestedFiles('Cover it in tests/test_date.py', repo)).toEqual(['tests/test_date.py']);
  });

  it('names no file when several end with the name, or the path leaves the repository', () => {
    expect(requestedFiles('Move the helper into `utils.py`.', repo)).toEqual([]);
    expect(requestedFiles('Read ../isodate/isodates.py and /src/isodate/isodates.py', repo)).toEqual([]);
    // `dates.py` is not a folder-boundary suffix of `isodates.py`.
    expect(requestedFiles('Change `dates.py`.', repo)).toEqual([]);
  });

  it('reads a code span that is a path as a file, not as identifiers to look up', () => {
    expect(isFilePath('isodate/__init__.py')).toBe(true);
    expect(isFilePath('src/http/')).toBe(true);
    expect(isFilePath('datetime.date')).toBe(false);
    expect(isFilePath('parse_date()')).toBe(false);
    expect(codeSpanIdentifiers('Export `parse_week_date` from `isodate/__init__.py`, returning a `datetime.date`')).toEqual([
      'parse_week_date',
      'datetime',
      'date',
    ]);
  });
});

describe('which blueprint files change surely and which only if needed', () => {
  it('keeps the best file, one within 90 % of it and the requested files; the rest only if needed', () => {
    const tiers = blueprintTiers(ranked(['a.py', 1], ['b.py', 0.93], ['c.py', 0.91], ['d.py', 0.5], ['e.py', 0.2]), ['z.py'], 6);
    expect(tiers).toEqual({ primary: ['a.py', 'b.py', 'z.py'], ifNeeded: ['c.py', 'd.py'] });
  });

  it('does not raise the second file when it is well behind the best', () => {
    expect(blueprintTiers(ranked(['a.py', 1], ['b.py', 0.8]), [], 6)).toEqual({ primary: ['a.py'], ifNeeded: ['b.py'] });
  });

  it('counts a requested file that research also ranked once, and keeps to the maximum', () => {
    const tiers = blueprintTiers(ranked(['a.py', 1], ['b.py', 0.7], ['c.py', 0.6], ['d.py', 0.55]), ['b.py'], 3);
    expect(tiers).toEqual({ primary: ['a.py', 'b.py'], ifNeeded: ['c.py'] });
  });
});
