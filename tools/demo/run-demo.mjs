#!/usr/bin/env node
// The main job, end to end and offline: copies the example repository (examples/demo-repo) to a
// temporary folder, makes it a git repository, and runs the ce workflow on it with the built CLI
// and embedded defaults (no agent, no network): init → context → PRP session → an implementation
// made by "an outside agent" → the four validation gates → drift audit → checkpoints → CI render.
// Every step prints the command a user would type and what ce answered; the run fails on the
// first step whose exit code is not the expected one.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'apps', 'cli', 'bin', 'run.js');
// Build (cached by Nx: a second run takes a second or two), showing the output only on failure.
if (!process.argv.includes('--no-build')) {
  console.log('building ce (npx nx run-many -t build)…');
  const build = spawnSync('npx', ['--no-install', 'nx', 'run-many', '-t', 'build', '--output-style=static'], {
    cwd: root,
    encoding: 'utf8',
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
const env = { ...process.env, OCLIF_SKIP_NEW_VERSION_CHECK: 'true', FORCE_COLOR: '0', CE_DATA_DIR: join(work, '.ce-home') };
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
let step = 0;

function sh(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: repo, env, encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}
const git = (...args) => sh('git', args);

/** Runs `ce …` in the demo repository and shows what a user would see. */
function ce(title, args, { expect = 0, show = (out) => out } = {}) {
  step++;
  console.log(`\n${bold(`${step}. ${title}`)}\n$ ce ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repo, env, encoding: 'utf8' });
  let shown;
  try {
    shown = show(result.stdout, result);
  } catch {
    shown = result.stdout; // not the JSON the summary expected: show it as it is
  }
  if (shown) console.log(indent(shown.trimEnd()));
  if (result.stderr.trim()) console.log(indent(result.stderr.trimEnd(), '  ! '));
  if (result.status !== expect) {
    throw new Error(`step ${step} (${title}) exited ${result.status}, expected ${expect}`);
  }
  return result;
}
const indent = (text, prefix = '  ') =>
  text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
const json = (stdout) => JSON.parse(stdout);

try {
  console.log(bold('ce demo: the context-engineering workflow on examples/demo-repo'));
  cpSync(join(root, 'examples', 'demo-repo'), repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'ce demo');
  git('config', 'user.email', 'demo@ce.local');
  git('add', '-A');
  git('commit', '-q', '-m', 'demo-shop: initial');
  console.log(`example repository: ${repo}`);

  ce('Set ce up in the repository', ['init']);
  git('add', '-A');
  git('commit', '-q', '-m', 'ce init');
  ce('A second init changes nothing', ['init'], {
    show: (out) =>
      out
        .split('\n')
        .filter((l) => /nothing changed/.test(l))
        .join('\n'),
  });

  for (const s of require_steps()) s();

  console.log(`\n${bold('Demo complete.')} ${step} steps ran against real git, real processes and real parsers.`);
  if (keep) console.log(`The demo repository is kept at ${repo}`);
} catch (error) {
  console.error(`\ndemo failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}

/** The workflow after init, in the order a developer and an agent would go. */
function require_steps() {
  const prp = 'PRPs/PRP-1-discount-codes.md';
  const summary = (pick) => (stdout) => JSON.stringify(pick(json(stdout)), null, 2);
  return [
    () =>
      ce('Index the code (tree-sitter, incremental)', ['context', 'sync', '--json'], {
        show: summary((r) => ({ parsed: r.parsed ?? r.counts, files: r.files ?? r.totalFiles, symbols: r.symbols ?? r.totalSymbols })),
      }),
    () =>
      ce('Research: find a symbol, as an agent would through MCP', ['context', 'find', 'cartTotal', '--body', '--json'], {
        show: summary((r) => r.matches.slice(0, 1)),
      }),
    () => ce('Context health before generation (0–100, lower is better)', ['context', 'health'], {}),
    () =>
      ce('The validation plan of the PRP: each command as it would run, and whether it is allowed', ['validate', '--plan', '--prp', prp]),
    () => ce('A person has read the commands and allows them (no agent can)', ['prp', 'allow', prp]),
    () => ce('Pre-execution hook: sync, health, clean tree', ['context', 'auto-sync', '--pre', 'PRP-1']),
    () => ce('Start the PRP session', ['prp', 'start', 'PRP-1']),
    () => {
      step++;
      console.log(`\n${bold(`${step}. An outside agent implements Task 1 and Task 2 (agent adapter: none)`)}`);
      cpSync(join(root, 'tools', 'demo', 'implementation'), repo, { recursive: true });
      console.log(indent('wrote src/discounts.js and test/discounts.test.js'));
    },
    () =>
      ce('Checkpoint the work (a git tag on a snapshot commit; branch, index and stash untouched)', [
        'prp',
        'checkpoint',
        'tasks-done',
        '-m',
        'discount codes implemented',
      ]),
    () => ce('Run all four gates; confidence is written into the PRP header', ['validate', '--level', 'all', '--prp', prp]),
    () => {
      step++;
      const header = readFileSync(join(repo, prp), 'utf8').split('---')[1] ?? '';
      console.log(`\n${bold(`${step}. The PRP header after validation`)}`);
      console.log(
        indent(
          header
            .split('\n')
            .filter((l) => /^(confidence|validation|  |drift_justification)/.test(l))
            .join('\n'),
        ),
      );
    },
    () => ce('Drift audit across every PRP (PRP-2 carries a legacy drift_decision block)', ['drift', 'summary']),
    () => ce('The decision history, newest first', ['drift', 'history']),
    () =>
      ce('Remember what was learnt, in the PRP namespace', [
        'memory',
        'write',
        'rounding',
        'Percent discounts round to the nearest cent.',
        '--prp',
        'PRP-1',
        '--kind',
        'learnings',
        '--ref',
        'src/discounts.js',
      ]),
    () => ce('A final checkpoint', ['prp', 'checkpoint', 'final', '-m', 'PRP-1 complete']),
    () => {
      step++;
      console.log(`\n${bold(`${step}. Oops: a file is deleted by mistake`)}`);
      rmSync(join(repo, 'src', 'discounts.js'));
      console.log(indent('rm src/discounts.js'));
    },
    () => ce('Restore refuses to overwrite work no checkpoint holds…', ['prp', 'restore', 'PRP-1', 'final'], { expect: 2 }),
    () => ce('…and with --force brings the snapshot back (after a safety checkpoint)', ['prp', 'restore', 'PRP-1', 'final', '--force']),
    () => ce('Checkpoints of the PRP', ['prp', 'list']),
    () =>
      ce('Post-execution hook: cleanup (learnings archived, intermediate tags dropped), sync, health, final checkpoint', [
        'context',
        'auto-sync',
        '--post',
        'PRP-1',
      ]),
    () => ce('Project knowledge now holds the learnings', ['memory', 'list']),
    () => ce('The CI definition is valid…', ['ci', 'validate', 'ci/pipeline.yml']),
    () =>
      ce('…renders to GitHub Actions, checked against its published schema…', [
        'ci',
        'render',
        'ci/pipeline.yml',
        '--target',
        'github',
        '--check',
      ]),
    () => ce('…and runs here, mock nodes reported as mocked', ['ci', 'run', 'ci/pipeline.yml', '--local']),
    () => ce('The PRP-generation pipeline, as a graph', ['pipeline', 'graph', 'prp-generation']),
    () =>
      ce('…run end to end with its external nodes mocked', ['pipeline', 'run', 'prp-generation', '--mode', 'e2e', '--input', 'INITIAL.md']),
    () => ce('Which agents could run here', ['agents', 'check']),
  ];
}
