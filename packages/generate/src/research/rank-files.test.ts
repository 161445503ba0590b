import { describe, expect, it } from 'vitest';
import { rankFiles } from './rank-files.js';
import { isTestPath, nameTerms, type RepoFile } from './repo-files.js';
import { termCounts } from './terms.js';

const file = (path: string, text: string): RepoFile => ({
  path,
  text,
  symbols: [],
  test: isTestPath(path),
  imports: [],
  packages: [],
  bodyTerms: termCounts(text),
  nameTerms: nameTerms(path, []),
});

const TIMER = 'class Timer:\n    def pause(self):\n        """Pause the timer."""\n';
const files = [
  file('src/app/timer.py', TIMER),
  file('docs/examples/stopwatch.py', `${TIMER}# a stopwatch: pause every timer at once, pause all timers, resume every timer at once\n`),
  file('src/app/screen.py', 'class Screen:\n    pass\n'),
];
const query = (feature: string) => ({ title: feature, feature, other: '', examples: [] });

describe('rankFiles and the folders that show the project rather than being it', () => {
  it('puts library code before a docs example that matches the words as well', () => {
    expect(rankFiles(files, query('Pause every timer at once')).map((r) => r.path)[0]).toBe('src/app/timer.py');
  });

  it('does not hold the example back when the request is about examples', () => {
    expect(rankFiles(files, query('Add a stopwatch example that pauses the timer')).map((r) => r.path)[0]).toBe(
      'docs/examples/stopwatch.py',
    );
  });
});
