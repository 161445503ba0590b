import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree, useTempDir, writeTree } from '@ce/test-utils';
import { initProject } from './index.js';

describe('initProject', () => {
  it('writes config, templates, slash commands, INITIAL.md and .gitignore entries', async () => {
    const root = useTempDir();
    const result = await initProject(root);
    expect(result.files.map((f) => [f.path, f.action])).toEqual([
      ['.ce/config.yml', 'created'],
      ['PRPs/templates/prp_base.md', 'created'],
      ['PRPs/templates/prp_kiss.md', 'created'],
      ['.claude/commands/generate-prp.md', 'created'],
      ['.claude/commands/execute-prp.md', 'created'],
      ['INITIAL.md', 'created'],
      ['.gitignore', 'created'],
    ]);
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toContain('.ce/state/\n.ce/index/\n');
    expect(readFileSync(join(root, '.claude/commands/execute-prp.md'), 'utf8')).toContain('--json');
  });

  it('is idempotent: a second run changes nothing and says so', async () => {
    const root = useTempDir();
    await initProject(root);
    const before = readTree(root, (rel) => rel.startsWith('.ce/state'));
    const second = await initProject(root);
    expect(second.unchanged).toBe(true);
    expect(second.files.every((f) => f.action === 'unchanged')).toBe(true);
    expect(readTree(root, (rel) => rel.startsWith('.ce/state'))).toEqual(before);
  });

  it('keeps a file the user changed unless forced', async () => {
    const root = useTempDir();
    await initProject(root);
    writeFileSync(join(root, 'INITIAL.md'), '## FEATURE\nmine\n');
    const kept = await initProject(root);
    expect(kept.files.find((f) => f.path === 'INITIAL.md')).toMatchObject({ action: 'kept' });
    expect(readFileSync(join(root, 'INITIAL.md'), 'utf8')).toBe('## FEATURE\nmine\n');
    const forced = await initProject(root, { force: true });
    expect(forced.files.find((f) => f.path === 'INITIAL.md')).toMatchObject({ action: 'overwritten' });
  });

  it('appends to an existing .gitignore without duplicating entries', async () => {
    const root = writeTree(useTempDir(), { '.gitignore': 'node_modules\n.ce/state\n' });
    await initProject(root);
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toBe('node_modules\n.ce/state\n\n# ce: local state and caches\n.ce/index/\n');
  });

  it('refuses to go on over a config that is not valid, naming the key', async () => {
    const root = writeTree(useTempDir(), { '.ce/config.yml': 'drift:\n  bands: 3\n' });
    await expect(initProject(root)).rejects.toThrowError(/drift\.bands: unknown key/);
  });
});
