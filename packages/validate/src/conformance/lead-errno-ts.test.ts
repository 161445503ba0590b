import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// The TypeScript extractor reads errno codes as the Python one does (round 29's class, left to the
// TypeScript side): an upper-case word that only starts with E is a value, not an error code.

async function categoryScore(examples: Record<string, string>, implPath: string, impl: string, category: string): Promise<number> {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...examples, [implPath]: impl });
  const report = await checkConformance({ root, examples: Object.keys(examples), files: [implPath] });
  return report.categoryBreakdown[category] ?? 0;
}

const raisingParser = (name: string): string => `export function parse${name}(text: string): string[] {
  if (text.length === 0) {
    throw new Error('${name}: nothing to parse');
  }
  return text.split(',');
}

export function describe${name}(items: string[]): string {
  if (items.length > 100) {
    throw new RangeError('${name}: too many items');
  }
  return items.join(' ');
}
`;

const stateMachine = `export type State = 'EMPTY' | 'FULL' | 'END';

export function nextState(count: number, limit: number): State {
  if (count === 0) {
    return 'EMPTY';
  }
  if (count >= limit) {
    return 'END';
  }
  return 'FULL';
}
`;

describe('an upper-case value that only starts with E', () => {
  it("(`return 'EMPTY'`, `'END'`) is no errno code in a raising house", async () => {
    const examples = { 'src/parse/csv.ts': raisingParser('Csv'), 'src/parse/tsv.ts': raisingParser('Tsv') };
    expect(await categoryScore(examples, 'src/parse/state.ts', stateMachine, 'error-handling')).toBe(0);
  });

  it('while a Node errno code (`ENOENT`) still is one', async () => {
    const examples = { 'src/parse/csv.ts': raisingParser('Csv'), 'src/parse/tsv.ts': raisingParser('Tsv') };
    const codes = stateMachine
      .replace(/'EMPTY'/g, "'ENOENT'")
      .replace(/'END'/g, "'EACCES'")
      .replace(/'FULL'/g, "'ENOTFOUND'");
    expect(await categoryScore(examples, 'src/parse/state.ts', codes, 'error-handling')).toBeGreaterThan(0);
  });
});
