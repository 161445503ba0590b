#!/usr/bin/env node
// CI rendering benchmark (issue 9). Needs a build (`npm run build`).
// Generates an abstract pipeline of STAGES stages (default 500; 2–3 nodes each, fan-in dependencies on
// up to three earlier stages, sequential and parallel stages, matrices, conditions, artifacts), then
// times through the BUILT CLI, wall clock including start-up (median of RUNS, default 5):
//   ce ci validate FILE
//   ce ci render FILE --target github --out …      target: < 1 s
//   ce ci render FILE --target gitlab --out …      target: < 1 s
// against `ce --version` measured in the same run (start-up baseline), and the library alone
// (parse + plan + render, in process). Exits 1 when a render misses the target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'apps', 'cli', 'bin', 'run.js');
const dist = join(root, 'packages', 'ci-render', 'dist', 'index.js');
if (!existsSync(join(root, 'apps', 'cli', 'oclif.manifest.json')) || !existsSync(dist)) {
  console.error('build first: npm run build');
  process.exit(2);
}
const STAGES = Number(process.env.STAGES ?? 500);
const RUNS = Number(process.env.RUNS ?? 5);
const TARGET_MS = 1000;
const env = { ...process.env, OCLIF_SKIP_NEW_VERSION_CHECK: 'true', NO_COLOR: '1' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A deterministic generator (no Math.random: the same pipeline every run).
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const lines = ['name: bench', 'env: { FORCE_COLOR: "0" }', 'stages:'];
let nodes = 0;
for (let i = 0; i < STAGES; i++) {
  const deps = new Set();
  for (let k = 0; k < 3 && i > 0; k++)
    if (k === 0 || rand() < 0.4) deps.add(`stage-${Math.max(0, i - 1 - Math.floor(rand() * Math.min(i, 20)))}`);
  lines.push(`  - stage: stage-${i}`);
  if (deps.size > 0) lines.push(`    depends_on: [${[...deps].join(', ')}]`);
  lines.push(`    parallel: ${rand() < 0.7}`);
  if (i % 10 === 0) lines.push('    matrix: { node: ["20", "22"] }');
  if (i % 25 === 0) lines.push("    when: { condition: \"branch == 'main' || event == 'schedule'\" }");
  if (i % 7 === 0) lines.push(`    artifacts: [out/${i}/]`);
  lines.push('    nodes:');
  const count = 2 + Math.floor(rand() * 2);
  for (let j = 0; j < count; j++) {
    nodes++;
    lines.push(`      - name: n${i}-${j}`);
    lines.push(`        command: 'npm run task -- --id ${i}-${j} --label "a: b # c"'`);
    if (j === 1 && i % 9 === 0) lines.push('        strategy: mock');
    if (i % 11 === 0) lines.push('        timeout: 10');
  }
}
const dir = mkdtempSync(join(tmpdir(), 'ce-bench-ci-'));
const file = join(dir, 'pipeline.yml');
writeFileSync(file, `${lines.join('\n')}\n`);

const time = (args) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    console.error(`ce ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
    process.exit(1);
  }
  return ms;
};
const measure = (args) => median(Array.from({ length: RUNS }, () => time(args)));

const baseline = measure(['--version']);
const validate = measure(['ci', 'validate', 'pipeline.yml']);
const github = measure(['ci', 'render', 'pipeline.yml', '--target', 'github', '--out', 'ci.yml']);
const gitlab = measure(['ci', 'render', 'pipeline.yml', '--target', 'gitlab', '--out', '.gitlab-ci.yml']);

const lib = await import(pathToFileURL(dist).href);
const { readFileSync } = await import('node:fs');
const text = readFileSync(file, 'utf8');
const inProcess = median(
  Array.from({ length: RUNS }, () => {
    const t = process.hrtime.bigint();
    const plan = lib.planPipeline(lib.parsePipeline(text, 'pipeline.yml'));
    lib.renderGithub(plan);
    lib.renderGitlab(plan);
    return Number(process.hrtime.bigint() - t) / 1e6;
  }),
);

const f = (ms) => `${ms.toFixed(0).padStart(5)} ms`;
console.log(
  `ci-render benchmark: ${STAGES} stages, ${nodes} nodes (${(statSync(file).size / 1024).toFixed(0)} KiB of YAML), median of ${RUNS}`,
);
console.log(`  machine load average (1 min): ${loadavg()[0].toFixed(2)} on this run (wall times grow with it; compare the ratios)`);
console.log(`  ce --version (start-up baseline)       ${f(baseline)}`);
console.log(`  ce ci validate                         ${f(validate)}  (${(validate / baseline).toFixed(2)}× baseline)`);
console.log(
  `  ce ci render --target github --out     ${f(github)}  (${(github / baseline).toFixed(2)}× baseline; ${(statSync(join(dir, 'ci.yml')).size / 1024).toFixed(0)} KiB)`,
);
console.log(
  `  ce ci render --target gitlab --out     ${f(gitlab)}  (${(gitlab / baseline).toFixed(2)}× baseline; ${(statSync(join(dir, '.gitlab-ci.yml')).size / 1024).toFixed(0)} KiB)`,
);
console.log(`  library: parse + plan + render both    ${f(inProcess)}  (in process, after warm-up of the first run)`);
const ok = github < TARGET_MS && gitlab < TARGET_MS;
console.log(
  `${ok ? 'PASS' : 'FAIL'}: rendering ${STAGES} stages through the CLI takes ${f(Math.max(github, gitlab)).trim()} wall (target < ${TARGET_MS} ms)`,
);
rmSync(dir, { recursive: true, force: true });
process.exitCode = ok ? 0 : 1;
