import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePrp } from '@ce/core';
import { parseMemoryText } from '@ce/state';
import { git, gitRepo, runAndKillWhen, runCe, type KillOutcome } from '@ce/test-utils';

// The reliability suite's crash part: each state-changing path of ce is SIGKILLed (its whole
// process group, git children included) at the moment the dangerous window opens — the lock file
// appears, an atomic write's temporary file appears, the restore journal is written, a checkpoint's
// temporary index exists, the PRP header is being replaced. After every kill the next command
// succeeds, every state file parses, nothing that was complete is lost, and `git fsck` is clean.
const KILLS = 20;
/**
 * Runs until KILLS of them were killed: a run can end before this process sees its window open (a
 * missed inotify event on a loaded machine); it is counted as a run, not as a kill. Bounded, so a
 * path whose window never opens fails instead of looping.
 */
const MAX_RUNS = 30;
const moreKillsNeeded = (outcomes: KillOutcome[], i: number): boolean => outcomes.filter((o) => o.killed).length < KILLS && i < MAX_RUNS;
const ATOMIC_TEMP = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

async function ceOk(cwd: string, ...args: string[]): Promise<Record<string, unknown>> {
  const run = await runCe([...args, '--json'], { cwd });
  expect(run.exitCode, `ce ${args.join(' ')}: ${run.stderr}`).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

function fsckClean(root: string): void {
  execFileSync('git', ['fsck', '--no-dangling', '--no-progress'], { cwd: root, stdio: 'pipe' });
}

function report(path: string, outcomes: KillOutcome[]): void {
  const landed = outcomes.filter((o) => o.landed).length;
  console.log(`kill ${path}: ${outcomes.length} runs, ${outcomes.filter((o) => o.killed).length} killed, ${landed} inside the window`);
  // At least KILLS kills must have happened, and most must land inside the window they target, or the
  // suite proves little. The share that lands depends on how fast this process sees the inotify
  // event: near all on a quiet machine, fewer under load; the figure above says which.
  expect(outcomes.filter((o) => o.killed).length).toBeGreaterThanOrEqual(KILLS);
  expect(landed).toBeGreaterThanOrEqual(KILLS / 4);
}

function bigText(label: string, bytes: number): string {
  const line = `${label} — the quick brown fox jumps over the lazy dog.\n`;
  return line.repeat(Math.ceil(bytes / line.length));
}

// Sequential on purpose: the kills are timed by inotify events, which a busy machine delays.
describe('SIGKILL at the dangerous moments', { timeout: 600_000 }, () => {
  it('memory write killed while its temporary file exists loses no complete memory', async () => {
    const root = gitRepo({ '.gitignore': '.ce/state/\n.ce/runs/\n', 'src/a.ts': 'export const a = 1;\n' });
    await ceOk(root, 'memory', 'write', 'PRP-1-learnings-base', 'kept across every kill');
    const memoryDir = join(root, '.ce', 'memory');
    const outcomes: KillOutcome[] = [];
    for (let i = 0; moreKillsNeeded(outcomes, i); i++) {
      const content = join(root, `.ce-content-${i}.md`);
      writeFileSync(content, bigText(`memory ${i}`, 4 << 20));
      const args = ['memory', 'write', `PRP-1-learnings-m${i}`, '--file', content];
      // The window is this memory's own temporary file, not a smaller write that may come first.
      const match = new RegExp(`^\\.PRP-1-learnings-m${i}\\.md\\..+\\.tmp$`);
      outcomes.push(await runAndKillWhen({ args, cwd: root, watchDir: memoryDir, match }));
      const listed = await ceOk(root, 'memory', 'list');
      expect(JSON.stringify(listed)).toContain('PRP-1-learnings-base');
    }
    // Every memory file is one complete write: the base one and each killed one, old (absent) or new.
    for (const name of readdirSync(memoryDir).filter((n) => n.endsWith('.md'))) {
      const record = parseMemoryText(name.slice(0, -3), readFileSync(join(memoryDir, name), 'utf8'));
      const i = /-m(\d+)\.md$/.exec(name)?.[1];
      expect(record.content.trim(), name).toBe(i === undefined ? 'kept across every kill' : bigText(`memory ${i}`, 4 << 20).trim());
    }
    // The next state command removes what the killed writers left.
    await ceOk(root, 'prp', 'status');
    expect(readdirSync(memoryDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    report('memory write (atomic temp file)', outcomes);
  });

  it('checkpoint killed while its temporary index exists, or while it holds the lock, leaves a clean repository', async () => {
    const tree: Record<string, string> = { '.gitignore': '.ce/state/\n.ce/runs/\n' };
    for (let i = 0; i < 400; i++) tree[`src/f${i}.ts`] = `export const v${i} = ${i};\n`;
    const root = gitRepo(tree);
    await ceOk(root, 'prp', 'start', 'PRP-1');
    await ceOk(root, 'prp', 'checkpoint', 'base');
    const windows = [
      { watchDir: join(root, '.git'), match: /^ce-snapshot-.*\.index$/ },
      { watchDir: join(root, '.ce', 'state'), match: /^lock$/ },
    ];
    for (const window of windows) {
      const outcomes: KillOutcome[] = [];
      for (let i = 0; moreKillsNeeded(outcomes, i); i++) {
        writeFileSync(join(root, 'src', 'f1.ts'), `export const v1 = ${i};\n`);
        outcomes.push(await runAndKillWhen({ args: ['prp', 'checkpoint', `p${i}`], cwd: root, ...window }));
        const status = await ceOk(root, 'prp', 'status');
        expect(status['active']).toBe('PRP-1');
        expect(readFileSync(join(root, 'src', 'f1.ts'), 'utf8')).toBe(`export const v1 = ${i};\n`);
      }
      const tags = git(root, 'tag', '--list', 'checkpoint-PRP-1-base-*');
      expect(tags).toMatch(/^checkpoint-PRP-1-base-/);
      fsckClean(root);
      report(`checkpoint (${String(window.match)})`, outcomes);
    }
  });

  it('restore killed after its journal is written is finished or undone by the next command', async () => {
    const root = gitRepo({ '.gitignore': '.ce/state/\n.ce/runs/\n', 'src/a.ts': 'export const a = "A";\n' });
    await ceOk(root, 'prp', 'start', 'PRP-1');
    await ceOk(root, 'prp', 'checkpoint', 'a');
    writeFileSync(join(root, 'src', 'a.ts'), 'export const a = "B";\n');
    writeFileSync(join(root, 'src', 'b.ts'), bigText('b', 1 << 20));
    await ceOk(root, 'prp', 'checkpoint', 'b');
    const outcomes: KillOutcome[] = [];
    for (let i = 0; moreKillsNeeded(outcomes, i); i++) {
      const target = i % 2 === 0 ? 'a' : 'b';
      const args = ['prp', 'restore', 'PRP-1', target, '--force'];
      outcomes.push(await runAndKillWhen({ args, cwd: root, watchDir: join(root, '.ce', 'state'), match: /^journal\.json$/ }));
      const status = await ceOk(root, 'prp', 'status');
      expect(status['active']).toBe('PRP-1');
      await ceOk(root, ...args);
      expect(readFileSync(join(root, 'src', 'a.ts'), 'utf8')).toBe(`export const a = "${target.toUpperCase()}";\n`);
    }
    fsckClean(root);
    report('restore (journal written)', outcomes);
  });

  it('context sync killed while the index is being replaced (a shard or the manifest written, the manifest not yet renamed) keeps a usable index', async () => {
    const tree: Record<string, string> = { '.gitignore': '.ce/state/\n.ce/index/\n.ce/runs/\n' };
    for (let i = 0; i < 400; i++)
      tree[`src/m${i}.ts`] = `export function handler${i}(input: string): string {\n  return input + ${i};\n}\n`;
    const root = gitRepo(tree);
    await ceOk(root, 'context', 'sync');
    const index = join(root, '.ce', 'index');
    const manifest = join(index, 'manifest.json');
    const outcomes: KillOutcome[] = [];
    for (let i = 0; moreKillsNeeded(outcomes, i); i++) {
      writeFileSync(join(root, 'src', 'm0.ts'), `export function renamed${i}(input: string): string {\n  return input;\n}\n`);
      // The window is the whole replacement: from the first temporary file of a shard (or of the
      // manifest) until the new manifest is renamed into place. Every third run is a full rewrite.
      const before = readFileSync(manifest, 'utf8');
      const notYetReplaced = () => !existsSync(manifest) || readFileSync(manifest, 'utf8') === before;
      const full = i % 3 === 2 ? ['--full'] : [];
      outcomes.push(
        await runAndKillWhen({
          args: ['context', 'sync', ...full],
          cwd: root,
          watchDir: join(index, 'symbols'),
          match: ATOMIC_TEMP,
          open: notYetReplaced,
          also: [{ watchDir: index, match: /^\.manifest\.json\..+\.tmp$/, open: notYetReplaced }],
        }),
      );
      await ceOk(root, 'context', 'sync');
      const found = await ceOk(root, 'context', 'find', `renamed${i}`);
      expect(JSON.stringify(found)).toContain('src/m0.ts');
      // Nothing lost: a symbol of a file that did not change is still found after the kill.
      expect(JSON.stringify(await ceOk(root, 'context', 'find', `handler${200 + (i % 100)}`))).toContain(`src/m${200 + (i % 100)}.ts`);
    }
    report('context sync (index replacement)', outcomes);
  });

  it('a PRP header update killed while the PRP is being replaced leaves the whole PRP, old or new', async () => {
    const body = bigText('context', 2 << 20);
    const prp = `---\nprp_id: PRP-1\nname: big\nstatus: ready\n---\n\n## Goal\n\nKeep everything.\n\n## All Needed Context\n\n${body}`;
    const root = gitRepo({
      '.gitignore': '.ce/state/\n.ce/runs/\n',
      '.ce/config.yml': 'validation:\n  commands:\n    "1":\n      - command: node -e 0\n',
      'PRPs/PRP-1-big.md': prp,
    });
    const file = join(root, 'PRPs', 'PRP-1-big.md');
    const outcomes: KillOutcome[] = [];
    for (let i = 0; moreKillsNeeded(outcomes, i); i++) {
      const args = ['validate', '--level', '1', '--prp', 'PRPs/PRP-1-big.md'];
      outcomes.push(await runAndKillWhen({ args, cwd: root, watchDir: join(root, 'PRPs'), match: ATOMIC_TEMP }));
      const parsed = parsePrp(readFileSync(file, 'utf8'), file);
      expect(parsed.header.prp_id).toBe('PRP-1');
      expect(readFileSync(file, 'utf8').endsWith(body)).toBe(true);
      await ceOk(root, 'validate', '--level', '1', '--prp', 'PRPs/PRP-1-big.md');
      // Reset the header so the next run has something to replace.
      writeFileSync(file, prp);
    }
    report('PRP header update (atomic temp file)', outcomes);
  });
});
