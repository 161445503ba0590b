import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePrp } from '@ce/core';
import { git, gitRepo, readTree, runAndKillWhen, runCe, useTempDir, type KillOutcome, type KillWindow } from '@ce/test-utils';
import { SUM_FUNCTION, sumPrp } from './sum-prp.js';

// The reliability suite's crash part for `ce execute`: runs are SIGKILLed (the whole process group:
// ce, the agent, git and the gates) while the execution writes its state, replaces the PRP header,
// takes a checkpoint (its temporary index exists) or while the agent writes its files; each killed
// run is followed by `ce execute --continue` (killed in turn, at a later window), until one run
// ends. The execution then stands exactly where an uninterrupted one does.
const KILLS = 30;
/** Bounded, so that a path whose windows never open fails instead of looping. */
const MAX_RUNS = 60;
const PRP_PATH = 'PRPs/PRP-1-sum.md';

const PRP = sumPrp({
  goal: 'Add sum and its test.',
  tasks: [SUM_FUNCTION, { title: 'Its test', create: 'test/sum.test.js', validation: 'node --test test/' }],
  level2: 'node --test test/',
});
const SUM = 'export function sum(a, b) {\n  return a + b;\n}\n';
const SUM_TEST =
  "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { sum } from '../src/sum.js';\ntest('sum', () => assert.equal(sum(2, 3), 5));\n";

/** The agent (run by the `command` adapter): writes the file of the task it is given, whatever the attempt. */
function agentScript(): string {
  const file = join(useTempDir('ce-agent-'), 'agent.mjs');
  writeFileSync(
    file,
    `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const prompt = readFileSync(0, 'utf8');
const files = { 1: ['src', 'sum.js', ${JSON.stringify(SUM)}], 2: ['test', 'sum.test.js', ${JSON.stringify(SUM_TEST)}] };
const task = /^# Task (\\d+):/m.exec(prompt)?.[1];
const [dir, name, content] = files[task] ?? [];
if (dir) { mkdirSync(dir, { recursive: true }); writeFileSync(dir + '/' + name, content); }
process.stdout.write('done\\n');
`,
  );
  return file;
}

async function fixture(agent: string): Promise<string> {
  const root = gitRepo({
    'package.json': '{ "name": "fixture", "type": "module", "private": true }\n',
    'src/math.js': 'export const double = (x) => x * 2;\n',
    'test/math.test.js': "import { test } from 'node:test';\ntest('ok', () => {});\n",
    [PRP_PATH]: PRP,
    '.gitignore': '.ce/state/\n.ce/index/\n.ce/runs/\n',
    '.ce/config.yml': `agents:\n  adapter: command\n  command: ${JSON.stringify(`${process.execPath} ${agent}`)}\n`,
  });
  expect((await runCe(['prp', 'allow', PRP_PATH], { cwd: root })).exitCode).toBe(0);
  return root;
}

/** The windows of an execution step, in the repository `root`. */
function windows(root: string): Record<string, KillWindow> {
  return {
    'execution state written': { watchDir: join(root, '.ce', 'state', 'execute'), match: /^\.PRP-1\.json\..+\.tmp$/ },
    'PRP header replaced': { watchDir: join(root, 'PRPs'), match: /^\.PRP-1-sum\.md\..+\.tmp$/ },
    'checkpoint temporary index': { watchDir: join(root, '.git'), match: /^ce-snapshot-.*\.index$/ },
    'agent writing src/sum.js': { watchDir: join(root, 'src'), match: /^sum\.js$/ },
    'agent writing test/sum.test.js': { watchDir: join(root, 'test'), match: /^sum\.test\.js$/ },
  };
}

/** What must be the same after an uninterrupted run and after a killed-and-continued one. */
function finalState(root: string) {
  const header = { ...parsePrp(readFileSync(join(root, PRP_PATH), 'utf8')).header } as Record<string, unknown>;
  delete header['last_updated'];
  for (const level of Object.values((header['validation'] ?? {}) as Record<string, Record<string, unknown>>)) {
    delete level['date'];
    // How many attempts a gate took depends on where a run was killed, not on the outcome.
    delete level['attempts'];
  }
  const phase = (tag: string) => tag.replace(/^checkpoint-PRP-1-(.+)-\d{8}T\d{6}Z(?:-\d+)?$/, '$1');
  header['checkpoints'] = [...new Set(((header['checkpoints'] ?? []) as string[]).map(phase))];
  const files = readTree(root, (rel) => /^(\.git|\.ce|PRPs)(\/|$)/.test(rel));
  return {
    files: Object.fromEntries(Object.entries(files).map(([path, content]) => [path, content.toString('utf8')])),
    header,
    // A kill after a checkpoint's tag and before the state recorded it leaves one more tag of that phase.
    tags: [...new Set(git(root, 'tag', '-l', 'checkpoint-PRP-1-*').split('\n').filter(Boolean).map(phase))].sort(),
    status: (JSON.parse(readFileSync(join(root, '.ce', 'state', 'execute', 'PRP-1.json'), 'utf8')) as { step: string }).step,
  };
}

/** Every state file ce keeps parses, and no temporary file of a killed writer is left once ce ran again. */
function stateFilesParse(root: string): void {
  const stateDir = join(root, '.ce', 'state');
  for (const dir of [stateDir, join(stateDir, 'sessions'), join(stateDir, 'execute')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      expect(() => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown, join(dir, name)).not.toThrow();
    }
  }
  expect(parsePrp(readFileSync(join(root, PRP_PATH), 'utf8'), PRP_PATH).id).toBe('PRP-1');
}

describe('SIGKILL at the dangerous moments of an execution step', { timeout: 600_000 }, () => {
  it('ce execute killed while it writes its state, the PRP header, a checkpoint or the agent its files: --continue ends where an uninterrupted run does', async () => {
    const agent = agentScript();
    const reference = await fixture(agent);
    const clean = await runCe(['execute', PRP_PATH, '--json'], { cwd: reference, timeoutMs: 120_000 });
    expect(clean.exitCode, clean.stderr).toBe(0);
    const expected = finalState(reference);
    expect(expected.status).toBe('done');

    const started = Date.now();
    const cpu = process.cpuUsage();
    const outcomes: (KillOutcome & { window?: string })[] = [];
    let chains = 0;
    let fresh = 0;
    while (outcomes.filter((o) => o.killed).length < KILLS && outcomes.length < MAX_RUNS) {
      // One execution, killed again and again: run k of it is killed in its k-th window, so each run goes
      // further than the last (windows before any progress is saved cannot stall it), until one ends.
      const root = await fixture(agent);
      // Every window in one execution, then a rotation without the state writes (the most frequent
      // window, which would otherwise take most kills), so that each kind of window gets its share.
      const all = windows(root);
      const picked = [
        Object.keys(all),
        ['checkpoint temporary index', 'PRP header replaced'],
        ['checkpoint temporary index', 'agent writing src/sum.js', 'agent writing test/sum.test.js'],
      ][chains % 3] as string[];
      const byName = Object.fromEntries(picked.map((name) => [name, all[name] as KillWindow]));
      const [first, ...also] = Object.values(byName);
      chains++;
      for (let run = 0; outcomes.length < MAX_RUNS; run++) {
        const stateFile = join(root, '.ce', 'state', 'execute', 'PRP-1.json');
        // Killed before its state was first saved, the execution never began: it is started again.
        const args = existsSync(stateFile) ? ['execute', PRP_PATH, '--continue'] : ['execute', PRP_PATH];
        if (run > 0 && args.length === 2) fresh++;
        const skip = run;
        const outcome = await runAndKillWhen({ args, cwd: root, ...(first as KillWindow), also, skip, timeoutMs: 120_000 });
        const window = Object.entries(byName).find(([, w]) => outcome.file?.startsWith(`${w.watchDir}/`))?.[0];
        outcomes.push({ ...outcome, ...(window ? { window } : {}) });
        stateFilesParse(root);
        if (!outcome.killed) {
          expect(outcome.exitCode, `ce ${args.join(' ')}: ${outcome.stdout ?? ''}${outcome.stderr ?? ''}`).toBe(0);
          break;
        }
      }
      // The next command succeeds and repairs what the kills left; the execution is where a clean one ends.
      const status = await runCe(['prp', 'status', '--json'], { cwd: root });
      expect(status.exitCode, status.stderr).toBe(0);
      expect(finalState(root)).toEqual(expected);
      expect(readdirSync(join(root, 'PRPs')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(readdirSync(join(root, '.ce', 'state', 'execute')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      execFileSync('git', ['fsck', '--no-dangling', '--no-progress'], { cwd: root, stdio: 'pipe' });
    }

    const killed = outcomes.filter((o) => o.killed);
    const landed = outcomes.filter((o) => o.landed);
    const counts = new Map<string, number>();
    for (const o of landed) counts.set(o.window ?? '?', (counts.get(o.window ?? '?') ?? 0) + 1);
    const byWindow = [...counts].map(([w, n]) => `${w} ${n}`);
    const used = process.cpuUsage(cpu);
    console.log(
      `kill execute step: ${chains} executions, ${outcomes.length} runs, ${killed.length} killed, ${landed.length} inside the window (${byWindow.join(', ')}); ${fresh} started again (killed before their state was saved); ${((Date.now() - started) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU in the test process`,
    );
    expect(killed.length).toBeGreaterThanOrEqual(KILLS);
    expect(landed.length).toBeGreaterThanOrEqual(KILLS / 4);
  });
});
