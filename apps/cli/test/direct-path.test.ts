import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { gitRepo, runCe, type CeRun } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { directInvocation } from '../src/direct/direct-invocation.js';

// `ce context sync` runs without oclif (src/direct/); `ce context:sync`, the same command in oclif's
// colon spelling, always goes through oclif. These tests hold the two paths to the same answers.

const noPlugins = { CE_DATA_DIR: join(tmpdir(), 'ce-direct-no-plugins-dir') };
const TREE = {
  'src/runner.ts': 'export class Runner {\n  run(id: string): void {}\n}\n',
  'src/broken.ts': 'export function broken( {\n',
  'py/tool.py': 'def tool(x):\n    return x\n',
  'bin/data.js': Buffer.from([1, 0, 2, 0]),
};

/** A run's output with the figures that differ between two runs (times, run ids) masked. */
function masked(run: CeRun): CeRun {
  const mask = (text: string) =>
    text
      .replace(/sync in \d+ ms|after \d+ ms/g, 'N ms')
      .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME')
      .replace(/\d{8}T\d{6}Z-context-sync-[0-9a-f]+/g, 'RUN')
      .replace(/"(durationMs|syncedAt|scanStartedMs)": [^,\n]+/g, '"$1": X');
  return { exitCode: run.exitCode, stdout: mask(run.stdout), stderr: mask(run.stderr) };
}

/** The same invocation through oclif (`context:sync`) and directly (`context sync`), each from no index. */
async function bothPaths(args: string[], tree: Record<string, string | Buffer> = TREE): Promise<{ oclif: CeRun; direct: CeRun }> {
  const root = gitRepo(tree);
  const oclif = await runCe(['context:sync', ...args], { cwd: root, env: noPlugins });
  // Back to the state before the first run (a .ce/config.yml of the tree stays).
  const made = existsSync(join(root, '.ce')) ? readdirSync(join(root, '.ce')) : [];
  for (const name of made) if (!(`.ce/${name}` in tree)) rmSync(join(root, '.ce', name), { recursive: true });
  if (made.length > 0 && readdirSync(join(root, '.ce')).length === 0) rmSync(join(root, '.ce'), { recursive: true });
  const direct = await runCe(['context', 'sync', ...args], { cwd: root, env: noPlugins });
  return { oclif: masked(oclif), direct: masked(direct) };
}

describe('the direct path of ce context sync', () => {
  it('takes only the invocations it answers exactly as oclif would', () => {
    const env = noPlugins;
    expect(directInvocation(['context', 'sync'], env)).toMatchObject({ json: false, cwd: undefined });
    expect(directInvocation(['context', 'sync', '--json', '--full', '--cwd', 'x', '--verbose'], env)).toMatchObject({
      json: true,
      cwd: 'x',
    });
    expect(directInvocation(['context', 'sync', '--cwd=y'], env)?.cwd).toBe('y');
    for (const argv of [
      ['context:sync'],
      ['context', 'sync', '--help'],
      ['context', 'sync', '-h'],
      ['context', 'sync', '--bogus'],
      ['context', 'sync', 'extra'],
      ['context', 'sync', '--json', '--json'],
      ['context', 'sync', '--cwd'],
      ['context', 'sync', '--cwd='],
      ['context', 'sync', '--cwd', 'a', '--cwd', 'b'],
      ['context', 'sync', '--', '--json'],
      ['context', 'sync', '--full=true'],
      ['context', 'search', 'x'],
      ['context'],
    ]) {
      expect(directInvocation(argv, env), argv.join(' ')).toBeUndefined();
    }
    expect(directInvocation(['context', 'sync'], { ...env, CE_CONTENT_TYPE: 'json' })).toBeUndefined();
  });

  it('leaves every command to oclif when plugins are installed or linked (they may hook every command)', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ce-direct-plugins-'));
    const env = { CE_DATA_DIR: dataDir };
    writeFileSync(join(dataDir, 'package.json'), JSON.stringify({ oclif: { plugins: [] } }));
    expect(directInvocation(['context', 'sync'], env)).toBeDefined();
    writeFileSync(join(dataDir, 'package.json'), JSON.stringify({ oclif: { plugins: [{ name: 'p', type: 'link', root: '/x' }] } }));
    expect(directInvocation(['context', 'sync'], env)).toBeUndefined();
    writeFileSync(join(dataDir, 'package.json'), '{ not json');
    expect(directInvocation(['context', 'sync'], env)).toBeUndefined();
    const xdg = mkdtempSync(join(tmpdir(), 'ce-direct-xdg-'));
    mkdirSync(join(xdg, 'ce'));
    writeFileSync(join(xdg, 'ce', 'package.json'), JSON.stringify({ oclif: { plugins: [{ name: 'p', type: 'user' }] } }));
    expect(directInvocation(['context', 'sync'], { XDG_DATA_HOME: xdg })).toBeUndefined();
  });

  it('runs `ce context sync` without loading oclif, and `ce context:sync` with it', async () => {
    const probe = join(mkdtempSync(join(tmpdir(), 'ce-direct-probe-')), 'probe.cjs');
    writeFileSync(
      probe,
      "process.on('exit', () => process.stderr.write(`oclif loaded: ${Object.keys(require.cache).some((k) => k.includes('@oclif'))}\\n`));\n",
    );
    const env = { ...noPlugins, NODE_OPTIONS: `--require ${probe}` };
    const root = gitRepo(TREE);
    expect((await runCe(['context', 'sync'], { cwd: root, env })).stderr).toContain('oclif loaded: false');
    expect((await runCe(['context:sync'], { cwd: root, env })).stderr).toContain('oclif loaded: true');
    expect((await runCe(['context', 'sync', '--help'], { cwd: root, env })).stderr).toContain('oclif loaded: true');
  });

  it('prints what oclif prints, text and JSON, for a first and a full sync', async () => {
    for (const args of [[], ['--json'], ['--full', '--json', '--verbose']]) {
      const { oclif, direct } = await bothPaths(args);
      expect(oclif.exitCode, args.join(' ')).toBe(0);
      expect(direct, args.join(' ')).toEqual(oclif);
    }
  });

  it('fails as oclif does: outside a repository, a bad --cwd, a malformed .ce/config.yml', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'ce-direct-outside-'));
    for (const args of [
      ['--cwd', outside],
      ['--cwd', join(outside, 'missing'), '--json'],
    ]) {
      const { oclif, direct } = await bothPaths(args);
      expect(oclif.exitCode, args.join(' ')).toBe(2);
      expect(direct, args.join(' ')).toEqual(oclif);
    }
    const { oclif, direct } = await bothPaths(['--json'], { ...TREE, '.ce/config.yml': 'context:\n  maxFileBytes: lots\n' });
    expect(oclif.exitCode).toBe(2);
    expect(oclif.stderr).toContain('.ce/config.yml');
    expect(direct).toEqual(oclif);
  });

  it('keeps the same run log as the oclif command', async () => {
    const root = gitRepo(TREE);
    await runCe(['context:sync'], { cwd: root, env: noPlugins });
    await runCe(['context', 'sync'], { cwd: root, env: noPlugins });
    const logs = readdirSync(join(root, '.ce', 'runs'))
      .filter((name) => name.endsWith('.jsonl'))
      .sort();
    expect(logs).toHaveLength(2);
    const events = logs.map((name) =>
      readFileSync(join(root, '.ce', 'runs', name), 'utf8')
        .trim()
        .split('\n')
        .map((line) => {
          const record = JSON.parse(line) as { event: string; msg: string; command: string; argv?: unknown; exitCode?: unknown };
          return [record.event, record.msg, record.command, record.argv ?? record.exitCode];
        }),
    );
    expect(events[1]).toEqual(events[0]);
    expect(events[0]![0]).toEqual(['start', 'ce context:sync', 'context:sync', []]);
    expect(events[0]!.at(-1)).toEqual(['end', 'ce context:sync exited 0', 'context:sync', 0]);
  });
});
