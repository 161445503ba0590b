import { describe, expect, it } from 'vitest';
import { otherSpellings } from './abbreviations.js';
import { rankFiles } from './rank-files.js';
import { repoFile } from '../../test/repo-file.js';

const file = repoFile;

describe('words code abbreviates in file names', () => {
  it('gives the abbreviations of a word, not the words of an abbreviation', () => {
    expect(otherSpellings('argument').sort()).toEqual(['arg', 'args']);
    expect(otherSpellings('configuration')).toContain('cfg');
    expect(otherSpellings('auth')).toEqual([]);
    expect(otherSpellings('timer')).toEqual([]);
  });

  it('ranks args.go among the first files for a request about arguments', () => {
    const files = [
      file('command.go', 'help text for the command, single value flags, rendered in help, optional value'),
      file('help.go', 'render help template, optional value, bracketed single line'),
      file('flag.go', 'flag value, single value, optional flag rendered'),
      file('args.go', 'type StringArg struct { Name string; Min int; Max int }'),
    ];
    const ranked = rankFiles(files, {
      title: 'Render optional single-value arguments bracketed in help',
      feature: '',
      other: '',
      examples: [],
    });
    expect(ranked.slice(0, 2).map((r) => r.path)).toContain('args.go');
  });
});
