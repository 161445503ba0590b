#!/usr/bin/env node
// Localization benchmark (issue 14). Needs a build (`npm run build`); runs offline from what is
// checked in here: corpus.json (real commits of public repositories: repo, commit, parent, an
// INITIAL.md written from the commit message without the touched files' names, the touched
// non-test files) and snapshots/<id>.tar.gz (the parent commit's source files, `git archive`).
// Rebuild them from fetched mirrors with build-corpus.py.
//
// For each case: unpack the snapshot into a temporary git repository, sync the code index, run
// @ce/generate's research (the files the blueprint names) and, in the same run, a BM25 baseline
// over the same files (top 5). Score: recall of the touched non-test files.
// Targets: blueprint recall ≥ 70 % with ≤ 8 files named on average, and above BM25@5.
// Exits 1 when a target is missed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
const cases = JSON.parse(readFileSync(join(here, 'corpus.json'), 'utf8'));
const only = process.env.CASE;

const recall = (touched, named) => touched.filter((f) => named.includes(f)).length / touched.length;
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
    rows.push({ id: c.id, touched: c.touched, named, r: recall(c.touched, named), b: recall(c.touched, baseline), baseline });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
for (const row of rows) {
  console.log(
    `${row.id.padEnd(24)} blueprint ${(row.r * 100).toFixed(0).padStart(3)}% (${row.named.length} files)  bm25@5 ${(row.b * 100).toFixed(0).padStart(3)}%  touched: ${row.touched.join(', ')}`,
  );
  if (process.env.VERBOSE) console.log(`    named: ${row.named.join(', ')}\n    bm25:  ${row.baseline.join(', ')}`);
}
const blueprint = mean(rows.map((r) => r.r));
const baseline = mean(rows.map((r) => r.b));
const files = mean(rows.map((r) => r.named.length));
const sourceFiles = mean(rows.map((r) => r.named.filter((f) => !gen.isTestPath(f)).length));
console.log(
  `\n${rows.length} cases from ${new Set(cases.map((c) => c.repo)).size} repositories: blueprint recall ${(blueprint * 100).toFixed(1)}% naming ${files.toFixed(1)} files on average (${sourceFiles.toFixed(1)} non-test); BM25@5 recall ${(baseline * 100).toFixed(1)}% (same run)`,
);
const met = blueprint >= 0.7 && files <= 8 && blueprint > baseline;
console.log(`target (recall ≥ 70 %, ≤ 8 files, above BM25@5): ${met ? 'met' : 'MISSED'}`);
process.exitCode = met ? 0 : 1;
