#!/usr/bin/env node
// Accuracy of validation-command inference on real repositories (issue 17). Each fixture under
// fixtures/ is the compact copy of one public repository (what inference reads, see extract.mjs);
// labels.json says what that project's own CI runs per level. The script writes each fixture to a
// temporary folder, infers its plan with the BUILT @ce/validate (`npx nx run @ce/validate:build`),
// and scores every level: right when each labelled command is inferred (in one of its spellings)
// and nothing is inferred that the label does not list. A repository is right when its three
// levels are. Figures are given per set (`half` in labels.json: `tune`, `held-out`, `held-out-2`,
// `held-out-3`, … each labelled before inference was run on it) beside the set's first-contact figure
// (baseline.json, see RESULTS.md). Target ≥ 95 % per set; exits 1 when a set is below it.
//   node tools/bench/inference-real/bench.mjs [--verbose] [--json]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const TARGET = 0.95;
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');
const { planValidation } = await import(pathToFileURL(join(root, 'packages', 'validate', 'dist', 'index.js')).href);
// labels.json holds the first sets; each later set may keep its own labels-<set>.json (written and
// committed before inference is first run on it).
const labels = Object.assign(
  {},
  ...readdirSync(here)
    .filter((f) => /^labels(-[\w.-]+)?\.json$/.test(f))
    .sort((a, b) => (a === 'labels.json' ? -1 : b === 'labels.json' ? 1 : a.localeCompare(b)))
    .map((f) => JSON.parse(readFileSync(join(here, f), 'utf8'))),
);
/** Each set's figure at first contact (before inference was fixed against it): see RESULTS.md. */
const baseline = JSON.parse(readFileSync(join(here, 'baseline.json'), 'utf8'));

const norm = (s) => s.trim().replace(/\s+/g, ' ').replace(/"/g, "'");
function matches(pattern, command) {
  const p = norm(pattern);
  return p.endsWith('*') ? command.startsWith(p.slice(0, -1)) : command === p;
}

/** Writes a fixture to a fresh folder (folders listed by name get a placeholder so they exist). */
function materialise(fixture) {
  const dir = mkdtempSync(join(tmpdir(), 'ce-infer-real-'));
  for (const [rel, text] of Object.entries(fixture.files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  for (const rel of fixture.dirs) mkdirSync(join(dir, rel), { recursive: true });
  // A service's commits in the project's history (pre-commit.ci's bot): one commit by that author.
  for (const { author } of fixture.history ?? []) {
    const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', `user.name=${author}`, '-c', 'user.email=bot@example.invalid', 'commit', '-q', '--no-verify', '-m', 'history');
  }
  return dir;
}

function scoreLevel(inferred, expect = [], allow = []) {
  const missing = expect.filter((slot) => !inferred.some((c) => slot.some((alt) => matches(alt, c))));
  const wrong = inferred.filter((c) => !expect.some((slot) => slot.some((alt) => matches(alt, c))) && !allow.some((a) => matches(a, c)));
  return { ok: missing.length === 0 && wrong.length === 0, missing: missing.map((s) => s[0]), wrong };
}

const results = [];
for (const file of readdirSync(join(here, 'fixtures')).sort()) {
  const fixture = JSON.parse(readFileSync(join(here, 'fixtures', file), 'utf8'));
  const label = labels[fixture.repo];
  if (!label) continue;
  const dir = materialise(fixture);
  let plan;
  try {
    plan = planValidation({ root: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const levels = {};
  for (const level of ['1', '2', '3']) {
    const inferred = plan.levels[level].map((c) => norm(c.cwd === '.' ? c.command : `${c.cwd}: ${c.command}`));
    levels[level] = { inferred, ...scoreLevel(inferred, label.expect[level], label.allow?.[level]) };
  }
  results.push({ repo: fixture.repo, half: label.half, ok: Object.values(levels).every((l) => l.ok), levels });
}

// Sets in the order they were labelled (first seen in labels.json), then everything together.
const sets = [...new Set(Object.values(labels).flatMap((l) => (l && l.half ? [l.half] : [])))];
const summary = {};
for (const half of [...sets, 'all']) {
  const set = results.filter((r) => half === 'all' || r.half === half);
  const levelsOk = set.reduce((n, r) => n + Object.values(r.levels).filter((l) => l.ok).length, 0);
  summary[half] = { repositories: set.length, right: set.filter((r) => r.ok).length, levelsRight: levelsOk, levels: set.length * 3 };
}
if (asJson) {
  console.log(JSON.stringify({ target: TARGET, summary, results }, null, 2));
} else {
  for (const r of results) {
    if (r.ok && !verbose) continue;
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.repo} (${r.half})`);
    for (const [level, l] of Object.entries(r.levels)) {
      if (l.ok && !verbose) continue;
      console.log(`       L${level} inferred: ${JSON.stringify(l.inferred)}`);
      if (l.missing.length) console.log(`          missing: ${JSON.stringify(l.missing)}`);
      if (l.wrong.length) console.log(`          wrong:   ${JSON.stringify(l.wrong)}`);
    }
  }
  const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
  console.log('\nset          repositories right        levels right      baseline (first contact)   (target ≥ 95 %)');
  for (const [half, s] of Object.entries(summary)) {
    const b = baseline[half];
    const base = b ? `${b.right}/${b.repositories} = ${pct(b.right, b.repositories)}` : '—';
    const flag = s.right / s.repositories >= TARGET ? '' : '   BELOW TARGET';
    console.log(
      `${half.padEnd(12)} ${`${s.right}/${s.repositories}`.padStart(6)} = ${pct(s.right, s.repositories).padStart(7)}   ${`${s.levelsRight}/${s.levels}`.padStart(7)} = ${pct(s.levelsRight, s.levels).padStart(7)}   ${base.padEnd(26)}${flag}`,
    );
  }
}
// Non-zero when any set (or the whole) is under the target, so CI and a person see it alike.
process.exitCode = Object.values(summary).every((s) => s.right / s.repositories >= TARGET) ? 0 : 1;
