import { spawn, execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanTestEnv } from '@ce/build-config/test-env';
import { ceBinPath, connectCeMcp, gitRepo, runCe, useTempDir } from '@ce/test-utils';

const PIPELINE = 'stages:\n  - stage: test\n    nodes:\n      - name: unit\n        command: npm test\n';

/** Exactly one error line and its hint, nothing longer than a short excerpt of the input. */
function expectShortError(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines.length).toBeLessThanOrEqual(2);
  expect(stderr.length).toBeLessThan(1200);
}

describe('ce never writes over a non-regular file', () => {
  it('refuses --out /dev/null and a fifo (exit 2) and leaves both as they were; --out - is stdout', async () => {
    const root = gitRepo({ 'ci/pipeline.yml': PIPELINE });
    execFileSync('mkfifo', [join(root, 'fifo')]);
    for (const out of ['/dev/null', 'fifo']) {
      const run = await runCe(['ci', 'render', 'ci/pipeline.yml', '--target', 'github', '--out', out], { cwd: root });
      expect(run.exitCode).toBe(2);
      expectShortError(run.stderr, /is a (device|fifo); ce writes regular files only/);
    }
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(join(root, 'fifo')).isFIFO()).toBe(true);
    const stdout = await runCe(['ci', 'render', 'ci/pipeline.yml', '--target', 'github', '--out', '-'], { cwd: root });
    expect(stdout.exitCode).toBe(0);
    expect(stdout.stdout).toContain('name: ci');
    expect(existsSync(join(root, '-'))).toBe(false);
  });

  it('refuses .ce/memory and .ce/index symlinked out of the repository, writing nothing there', async () => {
    const root = gitRepo({ 'src/a.ts': 'export const a = 1;\n' });
    const elsewhere = useTempDir('ce-elsewhere-');
    mkdirSync(join(root, '.ce'));
    symlinkSync(elsewhere, join(root, '.ce', 'memory'));
    symlinkSync(elsewhere, join(root, '.ce', 'index'));
    const memory = await runCe(['memory', 'write', 'project/notes', 'x'], { cwd: root });
    expect(memory.exitCode).toBe(2);
    expectShortError(memory.stderr, /(is outside the repository|leading out of the repository)/);
    const sync = await runCe(['context', 'sync'], { cwd: root });
    expect(sync.exitCode).toBe(2);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});

describe('a refused first ce init', () => {
  it('leaves the repository exactly as it found it (no .ce folder, no log) when CLAUDE.md is a symlink', async () => {
    const root = gitRepo({ 'README.md': '# x\n' });
    symlinkSync('/etc/hostname', join(root, 'CLAUDE.md'));
    const before = readdirSync(root).sort();
    const run = await runCe(['init', '--agent', 'claude-code'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expectShortError(run.stderr, /CLAUDE\.md is a symbolic link to outside the repository/);
    expect(readdirSync(root).sort()).toEqual(before);
  });
});

describe('agent-supplied paths over MCP stay in the repository', () => {
  it('refuses out, record and relative_path leading out (tool error naming the argument), writing nothing outside', async () => {
    const parent = useTempDir('ce-parent-');
    const root = join(parent, 'repo');
    mkdirSync(root);
    execFileSync('git', ['init', '-q'], { cwd: root });
    writeFileSync(join(root, 'ci.yml'), PIPELINE);
    const client = await connectCeMcp(root, ['--tools', 'all']);
    const calls = [
      { name: 'ci_render', arguments: { file: 'ci.yml', target: 'github', out: '../x.yml' }, arg: 'out' },
      { name: 'pipeline_run', arguments: { name: 'prp-generation', record: '../rec.json' }, arg: 'record' },
      { name: 'get_symbols_overview', arguments: { relative_path: '/etc' }, arg: 'relative_path' },
      { name: 'ci_validate', arguments: { file: '../../etc/passwd' }, arg: 'file' },
    ];
    for (const call of calls) {
      const result = await client.callTool({ name: call.name, arguments: call.arguments });
      expect(result.isError).toBe(true);
      expect(JSON.stringify(result.content)).toContain(`argument \\"${call.arg}\\"`);
    }
    expect(readdirSync(parent)).toEqual(['repo']);
  });
});

describe('hostile documents are bad input (exit 2 naming the file), never a crash', () => {
  it('refuses a YAML bomb and 10,000 nested arrays in .ce/config.yml', async () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const k of 'bcdefghi')
      bomb.push(
        `${k}: &${k} [${Array(9)
          .fill(`*${String.fromCharCode(k.charCodeAt(0) - 1)}`)
          .join(',')}]`,
      );
    for (const config of [bomb.join('\n'), `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`]) {
      const root = gitRepo({ '.ce/config.yml': config });
      const run = await runCe(['prp', 'status'], { cwd: root });
      expect(run.exitCode).toBe(2);
      expectShortError(run.stderr, /^error: \.ce\/config\.yml: /);
    }
  });

  it('refuses a Latin-1 PRP with the byte offset and leaves it byte for byte; refuses a PRP over 10 MB', async () => {
    const latin1 = Buffer.concat([Buffer.from('---\nprp_id: PRP-1\nname: caf'), Buffer.from([0xe9]), Buffer.from('\n---\n## Goal\nx\n')]);
    const root = gitRepo({ 'PRPs/PRP-1-x.md': latin1, 'PRPs/PRP-2-big.md': `---\nprp_id: PRP-2\n---\n${'x'.repeat(11 * 1024 * 1024)}` });
    const run = await runCe(['validate', '--level', '1', '--prp', 'PRPs/PRP-1-x.md'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expectShortError(run.stderr, /PRP-1-x\.md: is not valid UTF-8: byte 0xe9 at offset 27/);
    expect(readFileSync(join(root, 'PRPs/PRP-1-x.md')).equals(latin1)).toBe(true);
    const big = await runCe(['validate', '--plan', '--prp', 'PRPs/PRP-2-big.md'], { cwd: root });
    expect(big.exitCode).toBe(2);
    expectShortError(big.stderr, /PRP-2-big\.md: is 11\.0 MB; ce reads input documents up to 10\.0 MB/);
  });

  it('names a source file of 10,000 nested arrays as too deeply nested for level 4, and indexes it', async () => {
    const deep = `export const x = ${'['.repeat(10_000)}${']'.repeat(10_000)};\n`;
    const root = gitRepo({
      'src/deep.ts': deep,
      'examples/ok.ts': 'export async function load(id: string): Promise<string> {\n  return id;\n}\n',
    });
    const l4 = await runCe(['validate', '--level', '4', '--examples', 'examples/ok.ts', '--files', 'src/deep.ts'], { cwd: root });
    expect(l4.exitCode).toBe(2);
    expectShortError(l4.stderr, /src\/deep\.ts: is nested too deeply to analyse/);
    expect((await runCe(['context', 'sync'], { cwd: root })).exitCode).toBe(0);
  });
});

describe('bounded work', () => {
  it('answers a catastrophic pattern (ce context search) and quotes only an excerpt of a huge one', async () => {
    const root = gitRepo({ 'a.txt': `${'a'.repeat(100_000)}!\n` });
    const run = await runCe(['context', 'search', '(a+)+$', '--json'], { cwd: root });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 0 });
    const huge = await runCe(['context', 'search', `(${'a'.repeat(100_000)}`], { cwd: root });
    expect(huge.exitCode).toBe(2);
    expectShortError(huge.stderr, /is not a valid regular expression/);
  });

  it('keeps the MCP server answering other calls while a long search runs', async () => {
    const tree: Record<string, string> = {};
    for (let i = 0; i < 40; i++) tree[`big/f${i}.txt`] = `${'a'.repeat(200_000)}!\n`.repeat(2);
    const root = gitRepo(tree);
    const client = await connectCeMcp(root, ['--tools', 'all']);
    const order: string[] = [];
    const search = client
      .callTool({ name: 'search_for_pattern', arguments: { substring_pattern: '(a+)+$' } })
      .then((r) => (order.push('search'), r));
    await new Promise((r) => setTimeout(r, 50));
    const status = client.callTool({ name: 'status', arguments: {} }).then((r) => (order.push('status'), r));
    const [searched, answered] = await Promise.all([search, status]);
    expect(searched.isError).toBeFalsy();
    expect(answered.isError).toBeFalsy();
    expect(order).toEqual(['status', 'search']);
  }, 60_000);
});

describe('stdin is read only for -', () => {
  it('never takes a missing argument from an open stdin (ce prp list under a pipe that stays open)', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    const child = spawn(process.execPath, [ceBinPath, 'prp', 'list', '--json'], {
      cwd: root,
      env: cleanTestEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.write('PRP-9\n'); // and never closed
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    child.stdin.destroy();
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ prps: [] });
  });

  it('refuses ce memory write without content instead of reading a pipe, and reads stdin for -', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    const none = await runCe(['memory', 'write', 'project/notes'], { cwd: root, input: 'piped\n' });
    expect(none.exitCode).toBe(2);
    expect(existsSync(join(root, '.ce', 'memory', 'project', 'notes.md'))).toBe(false);
    const dash = await runCe(['memory', 'write', 'project/notes', '-'], { cwd: root, input: 'piped\n' });
    expect(dash.exitCode).toBe(0);
  });
});
