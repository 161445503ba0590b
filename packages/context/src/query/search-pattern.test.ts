import { describe, expect, it } from 'vitest';
import { gitRepo } from '@ce/test-utils';
import { searchForPattern } from './search-pattern.js';

describe('searchForPattern on hostile patterns', () => {
  it('answers a catastrophic pattern over a long line in linear time', async () => {
    const root = gitRepo({ 'a.txt': `${'a'.repeat(50_000)}!\n`, 'b.txt': 'aaab\n' });
    // JavaScript's own engine would backtrack here for longer than the age of the universe: the test's timeout is the proof.
    const result = await searchForPattern(root, { pattern: '(a+)+$' });
    expect(result.matches).toEqual([]);
    expect((await searchForPattern(root, { pattern: '(a+)+b$' })).matches).toMatchObject([{ file: 'b.txt', line: 1, match: 'aaab' }]);
  });

  it('refuses backreferences and lookaround with exit 2, quoting only an excerpt of a long pattern', async () => {
    const root = gitRepo({ 'a.txt': 'x\n' });
    await expect(searchForPattern(root, { pattern: '(a)\\1' })).rejects.toMatchObject({ exitCode: 2, code: 'bad-pattern' });
    await expect(searchForPattern(root, { pattern: 'x(?=y)' })).rejects.toThrowError(/not a valid regular expression/);
    const long = `(${'a'.repeat(1_000_000)}`;
    const error = (await searchForPattern(root, { pattern: long }).catch((e: unknown) => e)) as Error;
    expect(error.message.length).toBeLessThan(400);
  });

  it('steps over empty matches and counts positions in characters, not bytes', async () => {
    const root = gitRepo({ 'a.txt': 'héllo wörld\nx\n' });
    expect((await searchForPattern(root, { pattern: 'w.rld' })).matches).toMatchObject([{ line: 1, column: 6, match: 'wörld' }]);
    const empty = await searchForPattern(root, { pattern: '^' });
    expect(empty.matches.map((m) => m.line)).toEqual([1, 2, 3]);
  });
});
