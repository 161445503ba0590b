#!/usr/bin/env node
// Localization benchmark (issue 14). Needs a build (`npm run build`); runs offline from what is
// checked in here: corpus.json (real commits of public repositories: repo, commit, parent, an
// INITIAL.md written from the commit message without the touched files' names, the touched
// non-test files) and snapshots/<id>.tar.gz (the parent commit's source files, `git archive`).
// Rebuild them from fetched mirrors with build-corpus.py. `--corpus <file>` runs another corpus
// (default corpus.json; corpus-held-out.json is the held-out one, see README.md); CASE=<id> runs one
// case, VERBOSE=1 prints the files named.
//
// For each case: unpack the snapshot into a temporary git repository, sync the code index, run
// @ce/generate's research (the files the blueprint names) and, in the same run, a BM25 baseline
// over the same files (top 5). Score: recall of the touched non-test files; also the precision of
// the named non-test files (touched ∩ named / named, a case naming none counts 0), averaged over cases.
// Targets: blueprint recall ≥ 70 % with ≤ 8 files named on average, and above BM25@5.
// Exits 1 when a target is missed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const dist = (pkg) => join(root, 'packages', pkg, 'dist', 'index.js');
if (!existsSync(dist('generate')) || !existsSync(dist('context'))) {
  console.error('build first: npm run build');
  process.exit(2);
}
const gen = await import(pathToFileURL(dist('generate')).href);
const ctx = await import(pathToFileURL(dist('context')).href);
const corpusArg = process.argv.indexOf('--corpus');
if (corpusArg !== -1 && !process.argv[corpusArg + 1]) {
  console.error('usage: run.mjs [--corpus <file>]');
  process.exit(2);
}
const corpusFile =
  corpusArg === -1
    ? join(here, 'corpus.json')
    : ([resolve(process.argv[corpusArg + 1]), join(here, process.argv[corpusArg + 1])].find((f) => existsSync(f)) ??
      resolve(process.argv[corpusArg + 1]));
const cases = JSON.parse(readFileSync(corpusFile, 'utf8'));
const only = process.env.CASE;

const recall = (touched, named) => touched.filter((f) => named.includes(f)).length / touched.length;
const precision = (touched, named) => (named.length ? named.filter((f) => touched.includes(f)).length / named.length : 0);
const git = (cwd, ...args) => execFileSync('git', args, { cwd, stdio: 'pipe', env: { PATH: process.env.PATH, HOME: process.env.HOME } });

function bm25Top(files, text, k) {
  const docs = files.filter((f) => !f.test).map((f) => gen.bm25Document(f.path, [{ text: f.text, weight: 1 }]));
  const query = new Map();
  for (const t of gen.terms(text)) query.set(t, (query.get(t) ?? 0) + 1);
  return gen.rankByScore(gen.bm25Scores(docs, query)).slice(0, k);
}

const rows = [];
for (const c of cases) {
  if (only && c.id !== only) continue;
  const dir = mkdtempSync(join(tmpdir(), 'ce-localize-'));
  try {
    execFileSync('tar', ['-xzf', join(here, 'snapshots', `${c.id}.tar.gz`), '-C', dir]);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, '-c', 'user.email=bench@ce', '-c', 'user.name=bench', 'commit', '-qm', 'parent');
    writeFileSync(join(dir, 'INITIAL.md'), c.initial);
    await ctx.syncIndex(dir);
    const index = ctx.CodeIndex.open(dir);
    const initial = gen.parseInitial(c.initial);
    const research = gen.researchCode(index, {
      title: initial.title,
      feature: initial.feature,
      other: initial.other,
      examples: initial.examplePaths,
    });
    const named = [...research.files.modify, ...research.files.create];
    const baseline = bm25Top(gen.loadRepoFiles(index), c.initial, 5);
    const namedSource = named.filter((f) => !gen.isTestPath(f));
    // The files the blueprint changes surely (its tasks for `ifNeeded` files say "only if needed").
    const surely = namedSource.filter((f) => !(research.files.ifNeeded ?? []).includes(f));
    rows.push({
      surely,
      sr: recall(c.touched, surely),
      sp: precision(c.touched, surely),
      id: c.id,
      touched: c.touched,
      named,
      namedSource,
      r: recall(c.touched, named),
      p: precision(c.touched, namedSource),
      b: recall(c.touched, baseline),
      baseline,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
for (const row of rows) {
  console.log(
    `${row.id.padEnd(24)} blueprint ${(row.r * 100).toFixed(0).padStart(3)}% (${row.named.length} files, ${row.namedSource.length} non-test, precision ${(row.p * 100).toFixed(0).padStart(3)}%)  bm25@5 ${(row.b * 100).toFixed(0).padStart(3)}%  touched: ${row.touched.join(', ')}`,
  );
  if (process.env.VERBOSE) console.log(`    named: ${row.named.join(', ')}\n    bm25:  ${row.baseline.join(', ')}`);
}
const blueprint = mean(rows.map((r) => r.r));
const baseline = mean(rows.map((r) => r.b));
const files = mean(rows.map((r) => r.named.length));
const sourceFiles = mean(rows.map((r) => r.namedSource.length));
const sourcePrecision = mean(rows.map((r) => r.p));
console.log(
  `\n${rows.length} cases from ${new Set(cases.map((c) => c.repo)).size} repositories (${relative(root, corpusFile)}): blueprint recall ${(blueprint * 100).toFixed(1)}% naming ${files.toFixed(1)} files on average (${sourceFiles.toFixed(1)} non-test); BM25@5 recall ${(baseline * 100).toFixed(1)}% (same run)`,
);
console.log(
  `non-test files named: ${sourceFiles.toFixed(1)} on average; their precision (touched ∩ named / named, mean over cases, none named = 0): ${(sourcePrecision * 100).toFixed(1)}%`,
);
console.log(
  `of them changed surely (the rest only if needed): ${mean(rows.map((r) => r.surely.length)).toFixed(1)} on average, recall ${(mean(rows.map((r) => r.sr)) * 100).toFixed(1)}%, precision ${(mean(rows.map((r) => r.sp)) * 100).toFixed(1)}%`,
);
const met = blueprint >= 0.7 && files <= 8 && blueprint > baseline;
console.log(`target (recall ≥ 70 %, ≤ 8 files, above BM25@5): ${met ? 'met' : 'MISSED'}`);
process.exitCode = met ? 0 : 1;
