#!/usr/bin/env node
// Generation benchmark (issue 14). Needs a build (`npm run build`) and the fetched mirror of a real
// ~100,000-line repository: Textualize/textual (≈141,000 lines of Python), a bare git directory at
// /work/.mirror/Textualize+textual/repo (or MIRROR=<git dir>). Its HEAD is copied into a temporary git
// repository; then, with the built CLI:
//   cold: `ce generate INITIAL.md --no-sync --agent none` with no code index (the index is built)
//   warm: the same again (the index is up to date)
// Each line gives wall time and, with /usr/bin/time, CPU time (user + sys, children included).
// beside `ce --version` (start-up) and a cold `ce context sync` alone, measured in the same run.
// Targets: cold < 10 s, warm < 2 s wall. Exits 1 when one is missed, 2 when the mirror is absent.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'apps', 'cli', 'bin', 'run.js');
const mirror = process.env.MIRROR ?? '/work/.mirror/Textualize+textual/repo';
if (!existsSync(join(root, 'apps', 'cli', 'dist'))) {
  console.error('build first: npm run build');
  process.exit(2);
}
if (!existsSync(mirror)) {
  console.error(
    `needs the mirror of Textualize/textual at ${mirror} (fetch it, or set MIRROR to a bare git dir of a ~100k-line repository)`,
  );
  process.exit(2);
}

const INITIAL = `## FEATURE

Add a \`max_lines\` option to the \`Log\` widget: when more lines are written than the limit, the
oldest lines are dropped so that memory stays bounded, and the scroll position stays at the end.

## EXAMPLES

- src/textual/widgets/_rich_log.py

## DOCUMENTATION

- https://textual.textualize.io/widgets/log/

## OTHER CONSIDERATIONS

- Keep the default unlimited.
`;

const repo = mkdtempSync(join(tmpdir(), 'ce-bench-generate-'));
const env = { PATH: process.env.PATH, HOME: process.env.HOME, OCLIF_SKIP_NEW_VERSION_CHECK: 'true' };
const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'pipe', env });
// CPU seconds (user + sys of ce and its children) from /usr/bin/time when it is there: on a shared
// machine wall time mostly measures the others' load, CPU time what ce itself spent.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const wall = (args) => {
  const t0 = performance.now();
  const run = TIME
    ? spawnSync(TIME, ['-f', 'CE_BENCH_CPU %U %S', process.execPath, bin, ...args], { cwd: repo, env, encoding: 'utf8' })
    : spawnSync(process.execPath, [bin, ...args], { cwd: repo, env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`ce ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const times = /CE_BENCH_CPU ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  const cpu = times ? (Number(times[1]) + Number(times[2])) * 1000 : undefined;
  return { ms, cpu, out: run.stdout };
};
const fmt = (r) => `${r.ms.toFixed(0).padStart(6)} ms wall${r.cpu === undefined ? '' : `, ${r.cpu.toFixed(0).padStart(5)} ms CPU`}`;
try {
  execFileSync('sh', ['-c', `git --git-dir "${mirror}" archive HEAD | tar -x -C "${repo}"`]);
  writeFileSync(join(repo, 'INITIAL.md'), INITIAL);
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=bench@ce', '-c', 'user.name=bench', 'commit', '-qm', 'snapshot');
  const lines = Number(
    execFileSync('sh', ['-c', "git ls-files -z '*.py' '*.ts' '*.js' | xargs -0 cat | wc -l"], { cwd: repo, env }).toString().trim(),
  );
  const version = wall(['--version']);
  const sync = wall(['context', 'sync', '--json']);
  rmSync(join(repo, '.ce', 'index'), { recursive: true, force: true });
  const cold = wall(['generate', 'INITIAL.md', '--no-sync', '--agent', 'none', '--json']);
  const warm = wall(['generate', 'INITIAL.md', '--no-sync', '--agent', 'none', '--json']);
  const result = JSON.parse(warm.out);
  console.log(`repository: Textualize/textual HEAD, ${lines.toLocaleString('en')} lines of code`);
  console.log(`ce --version            ${fmt(version)} (start-up baseline)`);
  console.log(`ce context sync (cold)  ${fmt(sync)} (index alone, baseline)`);
  console.log(`ce generate (cold)      ${fmt(cold)}  target < 10000 ms wall`);
  console.log(`ce generate (warm)      ${fmt(warm)}  target < 2000 ms wall`);
  console.log(`PRP: ${result.prpPath}, completeness ${result.completeness}, modify ${result.files.modify.join(', ')}`);
  const met = cold.ms < 10_000 && warm.ms < 2_000;
  console.log(`targets: ${met ? 'met' : 'MISSED'} (machine shared with other work: figures are upper bounds)`);
  process.exitCode = met ? 0 : 1;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
