import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { ProjectDir } from './project-dir.js';

describe('ProjectDir.read: names come from the repository’s own files, so they are confined', () => {
  it('reads a regular file inside the repository, also through a sub-folder', () => {
    const root = useTempDir('ce-project-dir-');
    writeTree(root, { 'package.json': '{"name":"x"}', '.github/actions/x/action.yml': 'runs: {}\n' });
    const dir = ProjectDir.open(root, '.', 0);
    expect(dir?.read('package.json')).toBe('{"name":"x"}');
    expect(dir?.read('.github/actions/x/action.yml')).toBe('runs: {}\n');
  });

  it('does not read a link to a device (it would never end), a path out of the repository, or a link out', () => {
    const outside = useTempDir('ce-project-dir-out-');
    writeFileSync(join(outside, 'action.yml'), 'runs: {}\n');
    const root = useTempDir('ce-project-dir-');
    mkdirSync(join(root, 'sub', 'a'), { recursive: true });
    symlinkSync('/dev/zero', join(root, 'sub', 'a', 'action.yml'));
    symlinkSync(join(outside, 'action.yml'), join(root, 'sub', 'linked.yml'));
    const dir = ProjectDir.open(join(root, 'sub'), 'sub', 1);
    expect(dir?.read('a/action.yml')).toBeUndefined();
    expect(dir?.read('linked.yml')).toBeUndefined();
    expect(dir?.read(`../../${join(outside, 'action.yml').split('/').slice(-2).join('/')}`)).toBeUndefined();
  });

  it('does not read a file over 1 MiB', () => {
    const root = useTempDir('ce-project-dir-');
    writeTree(root, { 'big.json': 'x'.repeat(1024 * 1024 + 1) });
    expect(ProjectDir.open(root, '.', 0)?.read('big.json')).toBeUndefined();
  });
});

describe('ProjectDir.readToml: one parse per folder for every detector', () => {
  it('parses a file once and gives every reader the same table', () => {
    const root = useTempDir('ce-project-dir-');
    writeTree(root, { 'pyproject.toml': '[tool.hatch.envs.test.scripts]\nrun = "pytest"\n' });
    const dir = ProjectDir.open(root, '.', 0);
    const first = dir?.readToml('pyproject.toml');
    expect(first?.['tool']).toEqual({ hatch: { envs: { test: { scripts: { run: 'pytest' } } } } });
    expect(dir?.readToml('pyproject.toml')).toBe(first);
  });

  it('reads a missing or malformed file as an empty table', () => {
    const root = useTempDir('ce-project-dir-');
    writeTree(root, { 'hatch.toml': '[envs\n' });
    const dir = ProjectDir.open(root, '.', 0);
    expect(dir?.readToml('hatch.toml')).toEqual({});
    expect(dir?.readToml('pyproject.toml')).toEqual({});
  });
});
