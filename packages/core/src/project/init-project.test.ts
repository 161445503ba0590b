import { lstatSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitRepo, readTree, useTempDir, writeTree } from '@ce/test-utils';
import { initProject } from './index.js';

describe('initProject', () => {
  it('writes config, templates, INITIAL.md, Claude Code by default, and .gitignore entries', async () => {
    const root = useTempDir();
    const result = await initProject(root);
    expect(result.agents).toEqual(['claude-code']);
    expect(result.files.map((f) => [f.path, f.action])).toEqual([
      ['.ce/config.yml', 'created'],
      ['PRPs/templates/prp_base.md', 'created'],
      ['PRPs/templates/prp_kiss.md', 'created'],
      ['INITIAL.md', 'created'],
      ['.claude/commands/generate-prp.md', 'created'],
      ['.claude/commands/execute-prp.md', 'created'],
      ['.mcp.json', 'created'],
      ['CLAUDE.md', 'created'],
      ['.gitignore', 'created'],
    ]);
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toContain('.ce/state/\n.ce/index/\n.ce/runs/\n.ce/memory/PRP-*-temp-*\n');
    expect(readFileSync(join(root, '.claude/commands/execute-prp.md'), 'utf8')).toContain('--json');
  });

  it('sets up the agents already used in the repository when no agent is named', async () => {
    const root = writeTree(useTempDir(), { '.cursor/rules/mine.mdc': 'x\n', 'GEMINI.md': '# mine\n' });
    expect((await initProject(root)).agents).toEqual(['cursor', 'gemini']);
  });

  it('ignores run logs and temp memories so that they never make the tree dirty, but not learnings', async () => {
    const root = gitRepo({ 'README.md': '# app\n' });
    await initProject(root);
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'ce init');
    writeTree(root, {
      '.ce/runs/2026-12-05T12-00-00Z-generate.jsonl': '{}\n',
      '.ce/runs/run-1/report.md': '# report\n',
      '.ce/memory/PRP-1-temp-scratch.md': 'notes\n',
      '.ce/memory/PRP-1.2-temp-plan.md': 'notes\n',
    });
    expect(git(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    writeTree(root, { '.ce/memory/PRP-1-learnings-api.md': 'keep me\n' });
    expect(git(root, 'status', '--porcelain', '--untracked-files=all')).toBe('?? .ce/memory/PRP-1-learnings-api.md');
  });

  it('writes through CLAUDE.md linked to AGENTS.md (one instructions file), the link staying a link', async () => {
    const root = writeTree(useTempDir(), { 'AGENTS.md': '# House rules\n' });
    symlinkSync('AGENTS.md', join(root, 'CLAUDE.md'));
    const result = await initProject(root, { agents: ['claude-code', 'codex'] });
    expect(result.files.filter((f) => f.path.endsWith('.md') && !f.path.includes('/')).map((f) => [f.path, f.action])).toEqual(
      expect.arrayContaining([
        ['CLAUDE.md', 'updated'],
        ['AGENTS.md', 'updated'],
      ]),
    );
    expect(lstatSync(join(root, 'CLAUDE.md')).isSymbolicLink()).toBe(true);
    const agents = readFileSync(join(root, 'AGENTS.md'), 'utf8');
    expect(agents.startsWith('# House rules\n')).toBe(true);
    expect(agents.match(/<!-- ce:begin/g)).toHaveLength(1);
    expect((await initProject(root, { agents: ['claude-code', 'codex'] })).unchanged).toBe(true);
  });

  it('refuses CLAUDE.md linked out of the repository or to nothing, before writing anything', async () => {
    for (const target of ['/etc/hostname', 'missing.md']) {
      const root = useTempDir();
      symlinkSync(target, join(root, 'CLAUDE.md'));
      await expect(initProject(root)).rejects.toMatchObject({
        exitCode: 2,
        message: `CLAUDE.md is a symbolic link to ${target === 'missing.md' ? 'nowhere' : 'outside the repository'}`,
      });
      expect(readdirSync(root)).toEqual(['CLAUDE.md']);
    }
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
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toBe(
      'node_modules\n.ce/state\n\n# ce: local state, caches, run logs and temp memories\n.ce/index/\n.ce/runs/\n.ce/memory/PRP-*-temp-*\n',
    );
  });

  it('refuses to go on over a config that is not valid, naming the key', async () => {
    const root = writeTree(useTempDir(), { '.ce/config.yml': 'drift:\n  bands: 3\n' });
    await expect(initProject(root)).rejects.toThrowError(/drift\.bands: unknown key/);
  });
});
