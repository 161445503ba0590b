#!/usr/bin/env node
// L4 on real code (issue 17). Needs a build of @ce/validate (`npx nx run @ce/validate:build`).
// Scores every case of tools/bench/drift-real/{tune,held-out}/*.json — real files from public
// repositories (kept once under drift-real/files/<owner>/<repo>/<path>), conforming pairs from one
// project and diverging pairs across projects, labelled by a reviewer before they were first run
// (label, band, categories, and the repository, commit, path and licence of every file) — beside the synthetic corpus
// tools/bench/drift-corpus/ as the same-run baseline. "Detected" = the score reaches the auto-fix band
// (≥ 10). Targets: recall ≥ 90 %, false positives ≤ 5 % on real code; the synthetic corpus at 100 %.
// `tune` is what the extractors were corrected against; `held-out` was never looked at while tuning.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const validateDist = join(root, 'packages', 'validate', 'dist', 'index.js');
if (!existsSync(validateDist)) {
  console.error('build first: npx nx run @ce/validate:build');
  process.exit(2);
}
const { analyzeConformance } = await import(pathToFileURL(validateDist).href);
const bands = { acceptBelow: 10, escalateAt: 30 };
const bandOf = (score) => (score < bands.acceptBelow ? 'accept' : score < bands.escalateAt ? 'auto-fix' : 'escalate');

/** The cases of a corpus: the synthetic layout (`<case>/case.json`, `examples/`, `impl/`) or drift-real's (`<case>.json` naming files under its root). */
function casesOf(corpus) {
  return readdirSync(corpus)
    .sort()
    .flatMap((entry) => {
      if (entry.endsWith('.json')) {
        const meta = JSON.parse(readFileSync(join(corpus, entry), 'utf8'));
        return [{ name: entry.replace(/\.json$/, ''), meta, root: dirname(corpus), examples: meta.examples, files: meta.impl }];
      }
      const file = join(corpus, entry, 'case.json');
      if (!existsSync(file)) return [];
      return [
        { name: entry, meta: JSON.parse(readFileSync(file, 'utf8')), root: join(corpus, entry), examples: ['examples'], files: ['impl'] },
      ];
    });
}

async function evaluate(corpus) {
  // `because`: diverging cases detected in a category the reviewer named (not only through another one).
  const counts = { tp: 0, fn: 0, fp: 0, tn: 0, bandAgree: 0, because: 0 };
  const lines = [];
  for (const { name, meta, root: caseRoot, examples, files } of casesOf(corpus)) {
    const { report } = await analyzeConformance({ root: caseRoot, examples, files }, bands);
    const detected = report.driftScore >= bands.acceptBelow;
    const diverging = meta.label === 'diverging';
    const outcome = diverging ? (detected ? 'tp' : 'fn') : detected ? 'fp' : 'tn';
    counts[outcome]++;
    const band = bandOf(report.driftScore);
    if (meta.band && band === meta.band) counts.bandAgree++;
    const drifting = Object.entries(report.categoryBreakdown)
      .filter(([, v]) => v > 0)
      .map(([k, v]) => `${k} ${v}`);
    const wrong = detected !== diverging;
    if (diverging && detected && (meta.categories ?? []).some((c) => report.categoryBreakdown[c] > 0)) counts.because++;
    if (wrong || process.env.VERBOSE)
      lines.push(
        `    ${wrong ? 'miss' : 'ok  '} ${name}: ${meta.label} (${meta.band ?? '?'}), scored ${report.driftScore} ${band} (${drifting.join(', ') || 'no category'})`,
      );
  }
  return { counts, lines };
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;

/** Recall and false-positive rate of a set's counts. */
function rates(counts) {
  const pos = counts.tp + counts.fn;
  const neg = counts.fp + counts.tn;
  return { pos, neg, recall: counts.tp / Math.max(1, pos), fp: counts.fp / Math.max(1, neg) };
}

function print(title, { counts, lines }, targets, before) {
  const { pos, neg, recall, fp } = rates(counts);
  // The set's baselines (baseline.json): main's L4, and the set's first contact (before any tuning on it).
  const was = (k) => (before ? `  [main ${before.main[k]}; first contact ${before.firstContact[k]}]` : '');
  console.log(`${title}: ${pos + neg} cases`);
  console.log(`  recall on diverging          ${counts.tp}/${pos} = ${pct(recall)}  (target ≥ ${targets.recall * 100}%)${was('recall')}`);
  console.log(`  false positives, conforming  ${counts.fp}/${neg} = ${pct(fp)}  (target ≤ ${targets.fp * 100}%)${was('fp')}`);
  if (counts.bandAgree) console.log(`  band as the reviewer labelled it: ${counts.bandAgree}/${pos + neg}`);
  if (pos && before) console.log(`  diverging cases detected in a category the reviewer named: ${counts.because}/${counts.tp}`);
  for (const l of lines) console.log(l);
  // A probe of conforming pairs only has no recall to miss (and one of diverging pairs no false positives).
  return (pos === 0 || recall >= targets.recall) && (neg === 0 || fp <= targets.fp);
}

const real = join(root, 'tools', 'bench', 'drift-real');
const baseline = JSON.parse(readFileSync(join(real, 'baseline.json'), 'utf8'));
let ok = print('synthetic baseline (tools/bench/drift-corpus)', await evaluate(join(root, 'tools', 'bench', 'drift-corpus')), {
  recall: 1,
  fp: 0,
});
// Every set under drift-real (tune, held-out, held-out-4, …) is scored; a new held-out round is a new folder.
const sets = readdirSync(real, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'files')
  .map((d) => d.name)
  .sort((a, b) => (a === 'tune' ? -1 : b === 'tune' ? 1 : a.localeCompare(b)));
const pooled = { tp: 0, fn: 0, fp: 0, tn: 0 };
for (const set of sets) {
  const result = await evaluate(join(real, set));
  for (const k of Object.keys(pooled)) pooled[k] += result.counts[k];
  ok = print(`\nreal code, ${set} (tools/bench/drift-real/${set})`, result, { recall: 0.9, fp: 0.05 }, baseline.sets[set]) && ok;
}
const all = rates(pooled);
console.log(
  `\nreal code, all sets pooled: recall ${pooled.tp}/${all.pos} = ${pct(all.recall)} [main ${baseline.pooled.main.recall}], ` +
    `false positives ${pooled.fp}/${all.neg} = ${pct(all.fp)} [main ${baseline.pooled.main.fp}]`,
);
ok = all.recall >= 0.9 && all.fp <= 0.05 && ok;
console.log(ok ? '\nall L4 real-code targets met' : '\nSOME L4 REAL-CODE TARGETS MISSED');
process.exitCode = ok ? 0 : 1;
