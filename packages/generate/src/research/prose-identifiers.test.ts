import { describe, expect, it } from 'vitest';
import { proseIdentifiers } from './prose-identifiers.js';
import { rankFiles } from './rank-files.js';
import { repoFile } from '../../test/repo-file.js';

const file = repoFile;

describe('identifiers a request writes in prose, without backticks', () => {
  it('reads camelCase and snake_case words as names, not capitals or plain words', () => {
    expect(proseIdentifiers('Fix the copy check in getValue and get_effective_level, not HTTP or Iterator')).toEqual([
      'getValue',
      'get_effective_level',
    ]);
  });

  it('ranks the file defining a name the request writes in prose first, as for a code span', () => {
    const files = [
      file('src/core/proxy.ts', 'copy copy copy existing check usage proxy copy', ['createProxy']),
      file('src/core/finalize.ts', 'copy existing check usage copy', ['finalize']),
      file('src/utils/common.ts', 'export let getValue = (value) => value', ['getValue', 'isDraft']),
    ];
    const ranked = rankFiles(files, { title: 'Fix existing copy usage check in getValue', feature: '', other: '', examples: [] });
    expect(ranked.slice(0, 2).map((r) => r.path)).toContain('src/utils/common.ts');
  });

  it('does not lift the files defining a prose name that several files define', () => {
    const files = [
      file('lib/help.js', 'format the help of each group, help groups'),
      file('lib/command.js', 'command', ['helpGroup', 'parse']),
      file('lib/option.js', 'option', ['helpGroup', 'flags']),
    ];
    const ranked = rankFiles(files, { title: 'Add typings for helpGroup support', feature: '', other: '', examples: [] });
    expect(ranked[0]?.path).toBe('lib/help.js');
    expect(ranked.flatMap((r) => r.reasons).filter((why) => why.includes('defines helpGroup'))).toEqual([]);
  });
});
