#!/usr/bin/env node
// Checkpoint benchmark (issue 6). Needs a build (`npm run build`).
// Builds a git repository of FILES files (default 10,000, in 100 folders, committed), then changes
// it the way work does (100 files modified, 50 deleted, 100 untracked added, an ignored node_modules)
// and times, wall clock, median of RUNS (default 5):
//   ce prp checkpoint PHASE            through the BUILT CLI, including start-up     target: < 2 s
//   createCheckpoint(root, id, phase)  the BUILT library in process
// against, measured in the same run on the same tree:
//   git stash create                   git's own snapshot of the working tree (tracked files only)
//   git status --porcelain             the cheapest full look at the tree
//   ce --version                       CLI start-up
// ATTRIBUTES=1 adds a `.gitattributes` (`* text=auto`), which makes ce hash raw bytes (the exact path).
// Exits 1 when the CLI checkpoint misses the target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'apps', 'cli', 'bin', 'run.js');
const dist = join(root, 'packages', 'state', 'dist', 'index.js');
if (!existsSync(join(root, 'apps', 'cli', 'oclif.manifest.json')) || !existsSync(dist)) {
  console.error('build first: npm run build');
  process.exit(2);
}
const FILES = Number(process.env.FILES ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 5);
const TARGET_MS = 2000;
const env = {
  ...process.env,
  OCLIF_SKIP_NEW_VERSION_CHECK: 'true',
  NO_COLOR: '1',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const repo = mkdtempSync(join(tmpdir(), 'ce-bench-checkpoint-'));
const git = (...args) => {
  const r = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const time = (fn) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

try {
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'bench');
  git('config', 'user.email', 'bench@ce.local');
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\n.ce/state/\n');
  if (process.env.ATTRIBUTES) writeFileSync(join(repo, '.gitattributes'), '* text=auto\n');
  for (let i = 0; i < FILES; i++) {
    const dir = join(repo, 'src', `mod-${i % 100}`);
    if (i < 100) mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `file-${i}.ts`),
      `export const value${i} = ${i};\nexport function f${i}(x: number): number {\n  return x + ${i};\n}\n`,
    );
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'bench tree');
  for (let i = 0; i < 100; i++) writeFileSync(join(repo, 'src', `mod-${i % 100}`, `file-${i}.ts`), `export const value${i} = ${-i};\n`);
  for (let i = 100; i < 150; i++) rmSync(join(repo, 'src', `mod-${i % 100}`, `file-${i}.ts`));
  mkdirSync(join(repo, 'src', 'new'), { recursive: true });
  for (let i = 0; i < 100; i++) writeFileSync(join(repo, 'src', 'new', `added-${i}.ts`), `export const added${i} = ${i};\n`);
  mkdirSync(join(repo, 'node_modules', 'dep'), { recursive: true });
  for (let i = 0; i < 500; i++) writeFileSync(join(repo, 'node_modules', 'dep', `m${i}.js`), `module.exports = ${i};\n`);
  git('status', '--porcelain'); // warm the file system cache and the index's stat data once

  const ce = (...args) => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: repo, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`ce ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  ce('prp', 'start', 'PRP-1');
  const { createCheckpoint } = await import(pathToFileURL(dist).href);

  const figures = { stash: [], status: [], version: [], cli: [], library: [] };
  for (let run = 0; run < RUNS; run++) {
    figures.stash.push(time(() => git('stash', 'create')));
    figures.status.push(time(() => git('status', '--porcelain')));
    figures.version.push(time(() => ce('--version')));
    figures.cli.push(time(() => ce('prp', 'checkpoint', `cli-${run}`)));
    const start = performance.now();
    await createCheckpoint(repo, 'PRP-1', `lib-${run}`);
    figures.library.push(performance.now() - start);
  }
  const tags = git('tag', '-l', 'checkpoint-PRP-1-*').trim().split('\n').length;
  const snapshotFiles = git(
    'ls-tree',
    '-r',
    '--name-only',
    `checkpoint-PRP-1-cli-0-${git('tag', '-l', 'checkpoint-PRP-1-cli-0-*').trim().split('-').at(-1)}`,
  )
    .trim()
    .split('\n').length;

  const m = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, median(v)]));
  const row = (label, ms, note = '') => console.log(`${label.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms${note}`);
  console.log(
    `checkpoint benchmark: ${FILES} files (100 modified, 50 deleted, 100 untracked, 500 ignored)${process.env.ATTRIBUTES ? ', with .gitattributes' : ''}, median of ${RUNS}`,
  );
  row('git status --porcelain', m.status);
  row('git stash create (baseline)', m.stash);
  row('ce --version (start-up)', m.version);
  row('createCheckpoint (library)', m.library, `   ${(m.library / m.stash).toFixed(2)}× git stash create`);
  row('ce prp checkpoint (CLI, wall)', m.cli, `   ${(m.cli / m.stash).toFixed(2)}× git stash create; target < ${TARGET_MS} ms`);
  console.log(`snapshot holds ${snapshotFiles} files; ${tags} checkpoint tags written`);
  const ok = m.cli < TARGET_MS;
  console.log(ok ? 'PASS' : `FAIL: ce prp checkpoint took ${m.cli.toFixed(0)} ms (target < ${TARGET_MS} ms)`);
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
