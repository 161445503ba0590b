#!/usr/bin/env node
// The main job, end to end and offline: copies the example repository (examples/demo-repo) to a
// temporary folder, makes it a git repository, and runs the ce workflow on it with the built CLI:
// init → index and health → the PRP → `ce execute` with a REPLAYED agent (Claude Code's stream-json
// transcripts from tools/demo/transcripts, played by tools/demo/replay-claude.mjs through ce's real
// claude-code adapter, making real edits) → a style problem healed by the fixers and a unit-test
// failure healed by the agent on the second attempt → checkpoints → level 4 → confidence 10/10 →
// drift history → metrics. Every step prints the command a user would type and what ce answered;
// the run fails on the first step whose exit code is not the expected one.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'apps', 'cli', 'bin', 'run.js');
const replay = join(root, 'tools', 'demo', 'replay-claude.mjs');
// Build (cached by Nx: a second run takes a second or two), showing the output only on failure.
if (!process.argv.includes('--no-build')) {
  console.log('building ce (npx nx run-many -t build)…');
  const build = spawnSync('npx', ['--no-install', 'nx', 'run-many', '-t', 'build', '--output-style=static'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (build.status !== 0) {
    console.error(`${build.stdout}${build.stderr}\nthe build failed: see above`);
    process.exit(1);
  }
}
if (!existsSync(join(root, 'apps', 'cli', 'oclif.manifest.json'))) {
  console.error('The CLI is not built: run `npm run build`.');
  process.exit(2);
}

const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'ce-demo-'));
const repo = join(work, 'demo-shop');
const env = {
  ...process.env,
  OCLIF_SKIP_NEW_VERSION_CHECK: 'true',
  FORCE_COLOR: '0',
  CE_DATA_DIR: join(work, '.ce-home'),
  CE_DEMO_REPLAY_STATE: join(work, '.replay'),
};
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
let step = 0;
/** Wall time of each ce step, printed at the end: where the main job's time goes. */
const timings = [];

function sh(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: repo, env, encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}
const git = (...args) => sh('git', args);
const commit = (message) => {
  git('add', '-A');
  git('commit', '-q', '-m', message);
};

/** Runs `ce …` in the demo repository and shows what a user would see. */
function ce(title, args, { expect = 0, show = (out) => out } = {}) {
  step++;
  console.log(`\n${bold(`${step}. ${title}`)}\n$ ce ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repo, env, encoding: 'utf8' });
  timings.push({ step, command: `ce ${args.join(' ')}`, ms: performance.now() - started });
  let shown;
  try {
    shown = show(result.stdout, result);
  } catch {
    shown = result.stdout; // not the JSON the summary expected: show it as it is
  }
  if (shown) console.log(indent(shown.trimEnd()));
  if (result.stderr.trim()) console.log(indent(result.stderr.trimEnd(), '  ! '));
  if (result.status !== expect) throw new Error(`step ${step} (${title}) exited ${result.status}, expected ${expect}`);
  return result;
}
/** A step that is not a ce command (the demo's own set-up), said plainly. */
function note(title, lines) {
  step++;
  console.log(`\n${bold(`${step}. ${title}`)}`);
  console.log(indent(lines.join('\n')));
}
const indent = (text, prefix = '  ') =>
  text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');

try {
  console.log(bold('ce demo: the context-engineering workflow on examples/demo-repo'));
  console.log('The coding agent in this demo is REPLAYED: recorded Claude Code stream-json transcripts, no model, no network.');
  setUpRepository();
  for (const s of workflow()) s();
  printTimings();
  console.log(`\n${bold('Demo complete.')} ${step} steps ran against real git, real processes and real parsers; the agent was replayed.`);
  if (keep) console.log(`The demo repository is kept at ${repo}`);
} catch (error) {
  console.error(`\ndemo failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}

function setUpRepository() {
  cpSync(join(root, 'examples', 'demo-repo'), repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'ce demo');
  git('config', 'user.email', 'demo@ce.local');
  // The example's lint gate gains Prettier, so that a style problem has a fixer. Prettier is linked
  // from ce's own install (no download); node_modules stays out of git.
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  pkg.scripts.lint = 'node scripts/check-syntax.mjs && prettier --check src test';
  writeFileSync(join(repo, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(join(repo, '.prettierrc'), '{ "singleQuote": true, "printWidth": 140 }\n');
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
  mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(join(root, 'node_modules', 'prettier'), join(repo, 'node_modules', 'prettier'));
  symlinkSync(join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), join(repo, 'node_modules', '.bin', 'prettier'));
  commit('demo-shop: initial');
  console.log(`example repository: ${repo}`);
}

/** The workflow, in the order a developer and an agent would go. */
function workflow() {
  let prp = ''; // written by ce generate below
  const summary = (pick) => (stdout) => JSON.stringify(pick(JSON.parse(stdout)), null, 2);
  return [
    () => ce('Set ce up in the repository', ['init']),
    () => commit('ce init'),
    () =>
      ce('Index the code (tree-sitter, incremental)', ['context', 'sync', '--json'], {
        show: summary((r) => ({ files: r.files ?? r.totalFiles, symbols: r.symbols ?? r.totalSymbols })),
      }),
    () => ce('Context health before generation (0–100, lower is better)', ['context', 'health']),
    () => {
      const generated = ce(
        'Generate the PRP from INITIAL.md (research on the code index, deterministic draft)',
        ['generate', 'INITIAL.md', '--json'],
        {
          show: summary((r) => ({ prpPath: r.prpPath, completeness: r.completeness, files: r.files, synthesizedBy: r.synthesizedBy })),
        },
      );
      prp = JSON.parse(generated.stdout).prpPath;
      commit(`ce generate: ${prp}`);
    },
    () => ce('Is the PRP executable?', ['prp', 'check', prp]),
    () => {
      const config = readFileSync(join(repo, '.ce', 'config.yml'), 'utf8').replace(
        /^agents:[\s\S]*?(?=^\S)/m,
        `agents:\n  adapter: claude-code\n  claudeCode:\n    binary: ${JSON.stringify(replay)}\n    permissionMode: acceptEdits\n    allowedTools: [Read, Edit, Write]\n\n`,
      );
      // The example has no integration suite of its own: its level 3 runs the whole node:test suite.
      writeFileSync(
        join(repo, '.ce', 'config.yml'),
        config.replace(
          /^(validation:\n\s+maxAttempts: 3\n)/m,
          '$1  commands:\n    "3": [{ name: integration, command: node --test test/ }]\n',
        ),
      );
      commit('ce: the demo agent and level 3');
      note('The agent: Claude Code, REPLAYED', [
        'agents.adapter: claude-code, agents.claudeCode.binary: tools/demo/replay-claude.mjs',
        'ce runs it exactly as it runs `claude -p … --output-format stream-json --verbose`; the replay answers with',
        'recorded stream-json transcripts (tools/demo/transcripts/*.jsonl) and performs their Write/Edit calls.',
        'validation.commands."3" in .ce/config.yml: node --test test/ (the example has no separate integration suite)',
      ]);
    },
    () => ce('The PRP’s commands, each as it would run and whether it is allowed', ['validate', '--plan', '--prp', prp]),
    () => ce('A person has read the commands and allows them (no agent can)', ['prp', 'allow', prp]),
    () => ce('What ce execute would do (dry run)', ['execute', prp, '--dry-run']),
    () =>
      ce('Execute the PRP: tasks → agent → gates → self-healing', ['execute', prp, '--json'], {
        show: (stdout) => describeExecution(JSON.parse(stdout)),
      }),
    () => note('The PRP header after execution', [headerLines(prp)]),
    () => ce('Drift decisions across every PRP (PRP-2 carries a legacy drift_decision block)', ['drift', 'summary']),
    () => ce('The decision history, newest first', ['drift', 'history']),
    () => ce('Execution metrics over all runs', ['metrics']),
    () => ce('Checkpoints kept after the post-execution cleanup', ['prp', 'list']),
    () =>
      ce('The CI definition renders to GitHub Actions, checked against its published schema', [
        'ci',
        'render',
        'ci/pipeline.yml',
        '--target',
        'github',
        '--check',
      ]),
  ];
}

/** The execution as a person reads it: each task, each gate's attempts and what healed them. */
function describeExecution(result) {
  const lines = [`status: ${result.status}, confidence ${result.confidence ?? '?'} (agent: ${result.agent}, replayed)`];
  for (const task of result.tasks) {
    lines.push(`Task ${task.number}: ${task.title} (implemented by the ${task.implementedBy})`);
    for (const gate of task.gates.filter((g) => !g.empty)) {
      lines.push(`  ${gate.gate.split(':')[1]}: ${gate.passed ? `passed at attempt ${gate.attempts.length}` : 'FAILED'}`);
      for (const a of gate.attempts.filter((x) => !x.passed)) {
        const healer = a.healedBy === 'agent' ? 'the agent fixed it' : a.healedBy === 'fixers' ? 'the fixers fixed it' : 'not healed';
        lines.push(`    attempt ${a.attempt} failed: ${a.problem ?? `${a.diagnostics} diagnostic(s)`} → ${healer}`);
      }
    }
  }
  for (const gate of result.final)
    lines.push(
      `${gate.gate}: ${gate.empty ? 'nothing to run' : gate.passed ? 'passed' : 'failed'}${gate.drift ? ` (drift ${gate.drift.score}, ${gate.drift.decision})` : ''}`,
    );
  assertShowsHealing(result);
  const log = readFileSync(join(repo, result.runLog), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const tags = log.filter((r) => r.msg === 'checkpoint').map((r) => r.tag);
  lines.push(`checkpoints taken: ${tags.join(', ')}`);
  lines.push(`files touched: ${result.filesTouched.join(', ')}`);
  lines.push(`run log: ${result.runLog}`);
  return lines.join('\n');
}

/**
 * The demo exists to show the loop: a style problem healed by the fixers, a test failure healed by
 * the agent on a later attempt, confidence 10/10. A run that shows less fails, so a change to
 * generation or execution cannot quietly turn the main job into a run where nothing went wrong.
 */
function assertShowsHealing(result) {
  const attempts = result.tasks.flatMap((t) => t.gates.flatMap((g) => g.attempts));
  const missing = [
    ['completed', result.status === 'completed'],
    ['confidence 10/10', result.confidence === '10/10'],
    ['a problem healed by the fixers', attempts.some((a) => !a.passed && a.healedBy === 'fixers')],
    ['a failure healed by the agent', attempts.some((a) => !a.passed && a.healedBy === 'agent')],
  ].filter(([, shown]) => !shown);
  if (missing.length > 0) throw new Error(`the execution did not show ${missing.map(([what]) => what).join(', ')}`);
}

function headerLines(prp) {
  const header = readFileSync(join(repo, prp), 'utf8').split('---')[1] ?? '';
  return header
    .split('\n')
    .filter((l) => /^(status|confidence|validation|files_touched|checkpoints|drift_justification| {2})/.test(l))
    .join('\n');
}

/** Each ce step's wall time (start-up included), slowest first, with the total. */
function printTimings() {
  const total = timings.reduce((sum, t) => sum + t.ms, 0);
  console.log(`\n${bold('Where the time went')} (wall, each ce process from start to exit; ${(total / 1000).toFixed(1)} s in all)`);
  for (const t of [...timings].sort((a, b) => b.ms - a.ms))
    console.log(`  ${(t.ms / 1000).toFixed(2).padStart(6)} s  ${((100 * t.ms) / total).toFixed(0).padStart(3)} %  ${t.step}. ${t.command}`);
}
