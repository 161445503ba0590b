#!/usr/bin/env node
// Code-index benchmark (issue 7) on real code from npm: the src/ of the `effect` package
// (≈ 360 files, ≈ 235,000 lines of TypeScript), against universal-ctags on the same files, in one run.
//   full sync (built CLI, `ce context sync --full`)  ≤ 2× `ctags -R` wall time (runs interleaved)
//   incremental sync after one file changes (built CLI, wall incl. start-up) ≤ 0.5 s
//   find_symbol in process on the full index ≤ 50 ms
//   peak memory (max RSS of the sync process) ≤ 400 MiB
// Needs a build (`npm run build`), `ctags` (universal-ctags) and the npm registry (once; the
// package is cached in $CE_BENCH_CACHE, default /tmp/ce-bench-cache). RUNS=n sets the repetitions.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(repo, 'apps', 'cli', 'bin', 'run.js');
const contextDist = join(repo, 'packages', 'context', 'dist', 'index.js');
const EFFECT_VERSION = process.env.EFFECT_VERSION ?? '3.19.3';
const RUNS = Number(process.env.RUNS ?? 3);
const cache = process.env.CE_BENCH_CACHE ?? join(tmpdir(), 'ce-bench-cache');

if (!existsSync(join(repo, 'apps', 'cli', 'oclif.manifest.json')) || !existsSync(contextDist)) {
  console.error('build first: npm run build');
  process.exit(2);
}
if (spawnSync('ctags', ['--version']).status !== 0) {
  console.error('universal-ctags (`ctags`) is not installed');
  process.exit(2);
}

// 1. The effect sources, fetched once through npm and cached.
const unpacked = join(cache, `effect-${EFFECT_VERSION}`, 'package');
if (!existsSync(join(unpacked, 'src'))) {
  mkdirSync(dirname(unpacked), { recursive: true });
  const tgz = execFileSync('npm', ['pack', `effect@${EFFECT_VERSION}`, '--silent', '--pack-destination', dirname(unpacked)], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['xzf', join(dirname(unpacked), tgz), '-C', dirname(unpacked)]);
}
const work = mkdtempSync(join(tmpdir(), 'ce-bench-context-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
cpSync(join(unpacked, 'src'), join(work, 'src'), { recursive: true });
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'b@b',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'b@b',
};
execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: work });
execFileSync('git', ['add', '-A'], { cwd: work });
execFileSync('git', ['commit', '-qm', 'effect sources'], { cwd: work, env: gitEnv });
const files = readdirSync(join(work, 'src'), { recursive: true }).filter((f) => f.endsWith('.ts'));
const lines = files.reduce((n, f) => n + readFileSync(join(work, 'src', f), 'utf8').split('\n').length, 0);
console.log(`effect@${EFFECT_VERSION} src/: ${files.length} files, ${lines} lines; ${RUNS} runs each, medians`);

const env = { ...process.env, OCLIF_SKIP_NEW_VERSION_CHECK: 'true', CI: '1' };
/** Runs a command under /usr/bin/time when present: wall ms and max RSS (KiB). */
function timed(cmd, args) {
  const useTime = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', 'RSS_KB=%M CPU_S=%U+%S', cmd, ...args], { cwd: work, env, encoding: 'utf8' })
    : spawnSync(cmd, args, { cwd: work, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rss = Number(/RSS_KB=(\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  return { ms, rssMiB: rss / 1024, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN, stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 2. Full sync vs ctags, interleaved so that machine noise hits both alike.
const ctagsMs = [];
const ctagsCpu = [];
const fullCpu = [];
const fullMs = [];
const rss = [];
let full;
for (let i = 0; i < RUNS; i++) {
  const tagsRun = timed('ctags', ['-R', '-f', join(work, '.tags'), 'src']);
  ctagsMs.push(tagsRun.ms);
  ctagsCpu.push(tagsRun.cpuMs);
  const run = timed(process.execPath, [bin, 'context', 'sync', '--full', '--json']);
  fullMs.push(run.ms);
  fullCpu.push(run.cpuMs);
  rss.push(run.rssMiB);
  full = JSON.parse(run.stdout);
}
const tags = readFileSync(join(work, '.tags'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('!')).length;

// 3. Incremental sync after one file changes (a file of median size; a new line each time).
const bySize = files.map((f) => [f, statSync(join(work, 'src', f)).size]).sort((a, b) => a[1] - b[1]);
const [changed, changedSize] = bySize[Math.floor(bySize.length / 2)];
const incMs = [];
const incCpu = [];
let inc;
for (let i = 0; i < RUNS; i++) {
  appendFileSync(join(work, 'src', changed), `\nexport const benchChange${i} = ${i};\n`);
  const run = timed(process.execPath, [bin, 'context', 'sync', '--json']);
  incMs.push(run.ms);
  incCpu.push(run.cpuMs);
  rss.push(run.rssMiB);
  inc = JSON.parse(run.stdout);
  if (inc.files.parsed !== 1) throw new Error(`incremental sync parsed ${inc.files.parsed} files, expected 1`);
}
const noopMs = [];
for (let i = 0; i < RUNS; i++) noopMs.push(timed(process.execPath, [bin, 'context', 'sync', '--json']).ms);
// The same after editing the largest file (issue 17: "one large file"), and the CLI's own start-up
// (`ce --version`) as the same-run baseline of what any sync pays before it reads a file.
const [largest, largestSize] = bySize[bySize.length - 1];
const largeMs = [];
const largeCpu = [];
const versionMs = [];
for (let i = 0; i < RUNS; i++) {
  appendFileSync(join(work, 'src', largest), `\nexport const benchLarge${i} = ${i};\n`);
  const run = timed(process.execPath, [bin, 'context', 'sync', '--json']);
  if (JSON.parse(run.stdout).files.parsed !== 1) throw new Error('incremental sync of the largest file parsed more than one file');
  largeMs.push(run.ms);
  largeCpu.push(run.cpuMs);
  versionMs.push(timed(process.execPath, [bin, '--version']).ms);
}

// 4. find_symbol in process on the full index.
const { CodeIndex } = await import(pathToFileURL(contextDist).href);
let t = performance.now();
const index = CodeIndex.open(work);
const openMs = performance.now() - t;
const queries = [
  { namePath: 'map' },
  { namePath: 'Effect/gen' },
  { namePath: '/succeed' },
  { namePath: 'Stream', substring: true },
  { namePath: 'catch', substring: true, kinds: ['function', 'constant'] },
  { namePath: 'pipe', includeBody: true, maxResults: 5 },
];
const findMs = [];
const findRuns = [];
for (const q of queries) {
  const each = [];
  let result;
  for (let i = 0; i < Math.max(5, RUNS); i++) {
    t = performance.now();
    result = index.findSymbol(q);
    each.push(performance.now() - t);
  }
  findMs.push(median(each), Math.max(...each));
  findRuns.push(
    `${JSON.stringify(q)} → ${result.total} matches, median ${median(each).toFixed(2)} ms, max ${Math.max(...each).toFixed(2)} ms`,
  );
}

// 5. Report.
const ctagsMedian = median(ctagsMs);
const fullMedian = median(fullMs);
const incMedian = median(incMs);
const findWorst = Math.max(...findMs);
const peak = Math.max(...rss.filter(Number.isFinite));
const row = (label, value, target, ok) => console.log(`${ok ? 'PASS' : 'FAIL'}  ${label.padEnd(44)} ${value.padEnd(26)} target ${target}`);
console.log(
  `index: ${full.symbols} symbols in ${full.files.code} files (${full.workers} worker threads), ${full.syntaxErrors.length} files with syntax errors; ctags: ${tags} tags`,
);
console.log(
  `ctags -R runs (ms): ${ctagsMs.map((x) => x.toFixed(0)).join(', ')}; full sync runs (ms): ${fullMs.map((x) => x.toFixed(0)).join(', ')}`,
);
const os = await import('node:os');
console.log(
  `CPU time (user+sys; independent of load): ctags ${median(ctagsCpu).toFixed(0)} ms, full sync ${median(fullCpu).toFixed(0)} ms over ${full.workers} worker threads (${(median(fullCpu) / median(ctagsCpu)).toFixed(2)}×); load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`,
);
console.log(
  `changed file: src/${changed} (${changedSize} bytes); incremental runs (ms): ${incMs.map((x) => x.toFixed(0)).join(', ')} (CPU ${median(incCpu).toFixed(0)} ms); no-change sync: ${median(noopMs).toFixed(0)} ms`,
);
console.log(`index open (load + parse JSON): ${openMs.toFixed(1)} ms`);
for (const line of findRuns) console.log(`  find_symbol ${line}`);
row(
  'full sync (CLI) vs ctags -R',
  `${fullMedian.toFixed(0)} ms vs ${ctagsMedian.toFixed(0)} ms = ${(fullMedian / ctagsMedian).toFixed(2)}×`,
  '≤ 2×',
  fullMedian <= 2 * ctagsMedian,
);
row('incremental sync, one file (CLI, wall)', `${incMedian.toFixed(0)} ms`, '≤ 500 ms', incMedian <= 500);
console.log(
  `      largest file src/${largest} (${largestSize} bytes): ${median(largeMs).toFixed(0)} ms wall, ${median(largeCpu).toFixed(0)} ms CPU; ce --version ${median(versionMs).toFixed(0)} ms (same run)`,
);
row('incremental sync, largest file (CLI, wall)', `${median(largeMs).toFixed(0)} ms`, '≤ 500 ms', median(largeMs) <= 500);
row('find_symbol in process (worst query)', `${findWorst.toFixed(2)} ms`, '≤ 50 ms', findWorst <= 50);
row('peak memory (max RSS)', `${peak.toFixed(0)} MiB`, '≤ 400 MiB', peak <= 400);
