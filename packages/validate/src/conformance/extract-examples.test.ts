import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { extractExamples } from './index.js';

const asyncFn = (name: string): string =>
  `export async function ${name}(id: string): Promise<string> {\n  try {\n    return await fetchIt(id);\n  } catch (error) {\n    throw new Error(String(error));\n  }\n}\n`;

describe('examples extract (brownfield bootstrap)', () => {
  it('picks, per category, a file that shows the dominant style and copies it with a README', async () => {
    const root = useTempDir();
    writeTree(root, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'src/users.ts': asyncFn('loadUser') + asyncFn('saveUser') + 'declare function fetchIt(id: string): Promise<string>;\n',
      'src/teams.ts': asyncFn('loadTeam') + 'declare function fetchIt(id: string): Promise<string>;\n',
      'src/legacy.ts': 'export function readOld(p: string, cb: (err: Error | null) => void): void {\n  cb(null);\n}\n',
      'src/users.test.ts': asyncFn('testHelper'),
    });
    const result = await extractExamples(root);
    const asyncPick = result.examples.find((e) => e.category === 'async-style');
    expect(asyncPick).toMatchObject({ style: 'await', file: 'src/users.ts', target: 'examples/src/users.ts' });
    expect(result.examples.some((e) => e.file === 'src/users.test.ts')).toBe(false);
    expect(result.examples.some((e) => e.category === 'async-style' && e.file === 'src/legacy.ts')).toBe(false);
    expect(readFileSync(join(root, 'examples/src/users.ts'), 'utf8')).toBe(readFileSync(join(root, 'src/users.ts'), 'utf8'));
    expect(readFileSync(join(root, 'examples/README.md'), 'utf8')).toContain('| async-style | js | await |');
    const second = await extractExamples(root);
    expect(second.written).toEqual([]);
    expect(second.unchanged.length).toBeGreaterThan(0);
  });

  it('writes nothing on a dry run', async () => {
    const root = useTempDir();
    writeTree(root, { '.git/HEAD': 'x', 'src/a.ts': asyncFn('loadA') + asyncFn('loadB') });
    const result = await extractExamples(root, { dryRun: true });
    expect(result.examples.length).toBeGreaterThan(0);
    expect(existsSync(join(root, 'examples'))).toBe(false);
  });
});
