#!/usr/bin/env node
// Drift benchmark (issue 5). Needs a build (`npm run build`). Three parts:
//  1. Accuracy of L4 on the labelled corpus in tools/bench/drift-corpus/ (each case: examples/,
//     impl/, case.json with label conforming|diverging): recall on diverging cases (target ≥ 90%)
//     and false positives on conforming cases (target ≤ 10%). "Detected" = the score reaches the
//     auto-fix band (≥ drift.acceptBelow, 10).
//  2. L4 over 50 example + implementation files through the built CLI, wall time including start-up
//     (target < 2 s), against `ce --version` in the same run.
//  3. `ce drift summary` over 200 generated PRPs (target < 1 s), its figures checked against values
//     computed here by hand from the generated headers.
// Set CORPUS=path to run part 1 on another corpus of the same layout (e.g. a held-out one).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'apps', 'cli', 'bin', 'run.js');
const validateDist = join(root, 'packages', 'validate', 'dist', 'index.js');
if (!existsSync(join(root, 'apps', 'cli', 'oclif.manifest.json')) || !existsSync(validateDist)) {
  console.error('build first: npm run build');
  process.exit(2);
}
const env = { ...process.env, OCLIF_SKIP_NEW_VERSION_CHECK: 'true', NO_COLOR: '1' };
const runs = Number(process.env.RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timeRun = (args, cwd) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8' });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: r.status, stdout: r.stdout, stderr: r.stderr };
};
let allOk = true;

// ---- 1. accuracy ---------------------------------------------------------------------------------
const { analyzeConformance } = await import(pathToFileURL(validateDist).href);
const corpus = process.env.CORPUS ?? join(root, 'tools', 'bench', 'drift-corpus');
const counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
const misses = [];
for (const name of readdirSync(corpus).sort()) {
  const dir = join(corpus, name);
  if (!existsSync(join(dir, 'case.json'))) continue;
  const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
  const { report } = await analyzeConformance({ root: dir, examples: ['examples'], files: ['impl'] }, { acceptBelow: 10, escalateAt: 30 });
  const detected = report.driftScore >= 10;
  const diverging = meta.label === 'diverging';
  if (diverging) detected ? counts.tp++ : counts.fn++;
  else detected ? counts.fp++ : counts.tn++;
  const drifting = Object.entries(report.categoryBreakdown)
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${k} ${v}`);
  if (detected !== diverging) misses.push(`${name}: ${meta.label}, scored ${report.driftScore} (${drifting.join(', ') || 'no category'})`);
  if (process.env.VERBOSE)
    console.log(`${name.padEnd(48)} ${meta.label.padEnd(10)} ${String(report.driftScore).padStart(5)}  ${drifting.join(', ')}`);
}
const recall = counts.tp / Math.max(1, counts.tp + counts.fn);
const fpRate = counts.fp / Math.max(1, counts.fp + counts.tn);
console.log(`L4 accuracy on ${counts.tp + counts.fn + counts.fp + counts.tn} cases (${corpus.replace(`${root}/`, '')})`);
console.log(`  recall on diverging cases   ${counts.tp}/${counts.tp + counts.fn} = ${(recall * 100).toFixed(1)}%  (target ≥ 90%)`);
console.log(`  false positives, conforming ${counts.fp}/${counts.fp + counts.tn} = ${(fpRate * 100).toFixed(1)}%  (target ≤ 10%)`);
for (const m of misses) console.log(`    miss: ${m}`);
allOk &&= recall >= 0.9 && fpRate <= 0.1;

// ---- 2. L4 over 50 files through the CLI -----------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'ce-bench-drift-'));
try {
  const l4 = join(work, 'l4');
  mkdirSync(join(l4, 'examples'), { recursive: true });
  mkdirSync(join(l4, 'impl'), { recursive: true });
  const cases = readdirSync(corpus)
    .filter((n) => existsSync(join(corpus, n, 'case.json')))
    .sort();
  let nExamples = 0;
  let nImpl = 0;
  for (let i = 0; nExamples + nImpl < 50 && i < cases.length * 4; i++) {
    const c = join(corpus, cases[i % cases.length]);
    for (const sub of ['examples', 'impl']) {
      for (const f of readdirSync(join(c, sub))) {
        if (nExamples + nImpl >= 50) break;
        cpSync(join(c, sub, f), join(l4, sub, `${i}-${f}`));
        if (sub === 'examples') nExamples++;
        else nImpl++;
      }
    }
  }
  spawnSync('git', ['init', '-q'], { cwd: l4 });
  const help = spawnSync(process.execPath, [bin, 'validate', '--help'], { env, encoding: 'utf8' });
  const viaValidate = help.status === 0 && help.stdout.includes('--level');
  const l4Args = viaValidate ? ['validate', '--level', '4', '--examples', 'examples', '--files', 'impl', '--json'] : null;
  const l4Times = [];
  const versionTimes = [];
  for (let i = 0; i < runs; i++) {
    versionTimes.push(timeRun(['--version'], l4).ms);
    if (l4Args) {
      const r = timeRun(l4Args, l4);
      if (![0, 1, 3].includes(r.status)) throw new Error(`ce validate --level 4 exited ${r.status}: ${r.stderr}`);
      l4Times.push(r.ms);
    } else {
      // Until `ce validate` exists: a fresh node process loading the built library, same work.
      const start = process.hrtime.bigint();
      const script = `import(${JSON.stringify(pathToFileURL(validateDist).href)}).then(m => m.checkConformance({ root: ${JSON.stringify(l4)}, examples: ['examples'], files: ['impl'] })).then(r => process.stdout.write(JSON.stringify(r)))`;
      const r = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      l4Times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const l4ms = median(l4Times);
  console.log(
    `\nL4 over ${nExamples} example + ${nImpl} implementation files (${l4Args ? 'ce validate --level 4' : 'node + built @ce/validate; ce validate not built yet'}), median of ${runs}`,
  );
  console.log(
    `  ${l4ms.toFixed(0)} ms wall incl. start-up  (target < 2000 ms; ce --version ${median(versionTimes).toFixed(0)} ms, ratio ${(l4ms / median(versionTimes)).toFixed(1)}×)`,
  );
  allOk &&= l4ms < 2000;

  // ---- 3. drift summary over 200 PRPs -----------------------------------------------------------------
  const repo = join(work, 'prps');
  mkdirSync(join(repo, 'PRPs'), { recursive: true });
  spawnSync('git', ['init', '-q'], { cwd: repo });
  const decisions = ['accept', 'reject', 'auto-fix', 'update-examples'];
  const cats = ['async-style', 'error-handling', 'naming', 'data-flow'];
  const expected = {
    total: 0,
    with: 0,
    byDecision: Object.fromEntries(decisions.map((d) => [d, 0])),
    sum: 0,
    dist: { '0-10': 0, '10-30': 0, '30-100': 0 },
  };
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 1; i <= 200; i++) {
    const hasDecision = i % 5 !== 0;
    const score = Math.round(rand() * 1000) / 10;
    const decision = decisions[Math.floor(rand() * decisions.length)];
    const cat = cats[i % cats.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const legacy = i % 7 === 0;
    const header = !hasDecision
      ? ''
      : legacy
        ? `drift_decision:\n  score: ${score}\n  action: ${decision}\n  justification: "reason ${i % 9}"\n  timestamp: 2026-10-${day}T10:00:00Z\n  category_breakdown: {${cat}: ${score}}\n`
        : `drift_justification:\n  drift_score: ${score}\n  decision: ${decision}\n  reason: "reason ${i % 9}"\n  category_breakdown: {${cat}: ${score}, ${cats[(i + 1) % cats.length]}: 0}\n  date: 2026-10-${day}T10:00:00Z\n`;
    const body = `---\nprp_id: PRP-${i}\nname: feature ${i}\nstatus: executed\n${header}---\n\n## Goal\nFeature ${i}.\n\n## Why\nBecause.\n\n## What\n- [ ] works\n\n## All Needed Context\n- file: src/f${i}.ts\n\n## Implementation Blueprint\nTask 1: CREATE src/f${i}.ts\n\n## Validation Loop\n### Level 1\n\`\`\`bash\nnpm run lint\n\`\`\`\n`;
    writeFileSync(join(repo, 'PRPs', `PRP-${i}-feature-${i}.md`), body);
    expected.total++;
    if (hasDecision) {
      expected.with++;
      expected.byDecision[decision]++;
      expected.sum += score;
      expected.dist[score < 10 ? '0-10' : score < 30 ? '10-30' : '30-100']++;
    }
  }
  writeFileSync(join(repo, 'PRPs', 'PRP-201-broken.md'), '---\nprp_id: PRP-201\nname: [unclosed\n---\n');
  const sumTimes = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const r = timeRun(['drift', 'summary', '--json'], repo);
    if (r.status !== 0) throw new Error(`ce drift summary exited ${r.status}: ${r.stderr}`);
    sumTimes.push(r.ms);
    out = JSON.parse(r.stdout);
  }
  const avg = Math.round((expected.sum / expected.with) * 10) / 10;
  const checks = [
    ['totalPrps', out.totalPrps, expected.total],
    ['withDecisions', out.withDecisions, expected.with],
    ['accepted', out.accepted, expected.byDecision.accept],
    ['rejected', out.rejected, expected.byDecision.reject],
    ['autoFixed', out.autoFixed, expected.byDecision['auto-fix']],
    ['updatedExamples', out.updatedExamples, expected.byDecision['update-examples']],
    ['avgDriftScore', out.avgDriftScore, avg],
    ['distribution', JSON.stringify(out.distribution), JSON.stringify(expected.dist)],
    ['warnings', out.warnings.length, 1],
  ];
  const bad = checks.filter(([, got, want]) => got !== want);
  const sms = median(sumTimes);
  console.log(`\nce drift summary over 200 PRPs (+1 malformed), median of ${runs}`);
  console.log(
    `  ${sms.toFixed(0)} ms wall incl. start-up  (target < 1000 ms; ratio to ce --version ${(sms / median(versionTimes)).toFixed(1)}×)`,
  );
  console.log(`  first run, before the header cache exists: ${sumTimes[0].toFixed(0)} ms`);
  console.log(
    `  figures vs hand-computed: ${bad.length === 0 ? 'all match' : bad.map(([k, g, w]) => `${k} got ${g} want ${w}`).join('; ')}`,
  );
  allOk &&= sms < 1000 && bad.length === 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(allOk ? '\nall drift targets met' : '\nSOME DRIFT TARGETS MISSED');
process.exitCode = allOk ? 0 : 1;
