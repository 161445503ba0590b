#!/usr/bin/env node
// The "no CI" case of a labelled set: each fixture is written without its CI files (.github/, .gitlab-ci.yml,
// appveyor.yml, azure-pipelines.yml, .travis.yml, .circleci/), so the manifests' own detectors alone make the
// plan. A level is right when everything inferred is labelled (expected or allowed) — a subset of the
// labelled commands is right, a command the labels do not list is wrong; `found` counts the expected gates given.
//   node tools/bench/inference-real/no-ci.mjs <set> [--verbose] [--fixtures <dir>]
// (--fixtures: fixtures extracted elsewhere, e.g. a set's repositories re-extracted with today's extract.mjs.)
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const fixtures = args.includes('--fixtures') ? args[args.indexOf('--fixtures') + 1] : join(here, 'fixtures');
const [set] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--fixtures');
const verbose = process.argv.includes('--verbose');
const { planValidation } = await import(pathToFileURL(join(here, '..', '..', '..', 'packages', 'validate', 'dist', 'index.js')).href);
const labels = Object.assign(
  {},
  ...readdirSync(here)
    .filter((f) => /^labels(-[\w.-]+)?\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(here, f), 'utf8'))),
);
const CI_FILE = /^(\.github\/|\.circleci\/|\.gitlab-ci\.yml$|appveyor\.yml$|\.appveyor\.yml$|azure-pipelines\.yml$|\.travis\.yml$)/;
const norm = (s) => s.trim().replace(/\s+/g, ' ').replace(/"/g, "'");
const matches = (p, c) => (norm(p).endsWith('*') ? c.startsWith(norm(p).slice(0, -1)) : c === norm(p));

let right = 0;
let levelsRight = 0;
let found = 0;
let expected = 0;
const repos = Object.entries(labels).filter(
  ([repo, l]) => l && (l.half === set || set === 'any') && existsSync(join(fixtures, `${repo.replace('/', '__')}.json`)),
);
for (const [repo, label] of repos) {
  const fixture = JSON.parse(readFileSync(join(fixtures, `${repo.replace('/', '__')}.json`), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'ce-infer-noci-'));
  for (const [rel, text] of Object.entries(fixture.files)) {
    if (CI_FILE.test(rel)) continue;
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  for (const rel of fixture.dirs) mkdirSync(join(dir, rel), { recursive: true });
  let plan;
  try {
    plan = planValidation({ root: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  let ok = true;
  for (const level of ['1', '2', '3']) {
    const inferred = plan.levels[level].map((c) => norm(c.cwd === '.' ? c.command : `${c.cwd}: ${c.command}`));
    const slots = label.expect[level] ?? [];
    const wrong = inferred.filter(
      (c) => !slots.some((s) => s.some((a) => matches(a, c))) && !(label.allow?.[level] ?? []).some((a) => matches(a, c)),
    );
    const hit = slots.filter((s) => inferred.some((c) => s.some((a) => matches(a, c)))).length;
    found += hit;
    expected += slots.length;
    if (wrong.length === 0) levelsRight++;
    else ok = false;
    if (verbose || wrong.length)
      console.log(
        `${repo} L${level} inferred ${JSON.stringify(inferred)}${wrong.length ? ` wrong ${JSON.stringify(wrong)}` : ''} (${hit}/${slots.length} expected)`,
      );
  }
  if (ok) right++;
}
console.log(
  `${set} without CI: ${right}/${repos.length} repositories without a wrong command, ${levelsRight}/${repos.length * 3} levels; ${found}/${expected} expected gates given`,
);
