#!/usr/bin/env node
// Inference benchmark (issue 4): wall time of `ce validate --plan --json` on this repository and on a
// generated 1,000-file polyglot fixture, against `node -e 0`, run in turn (interleaved, so machine
// noise hits all alike), medians of N runs (default 15, at least 10), ratios. Target ≤ 5× on both.
// Runs the BUILT CLI: build first (`npx nx run @ce/cli:build`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'apps', 'cli', 'bin', 'run.js');
const TARGET = 5;

/** A polyglot repository of 1,000 source files: a TypeScript web app, a Python service, a Go worker, a CI workflow. */
function generateFixture() {
  const dir = mkdtempSync(join(tmpdir(), 'ce-bench-validate-'));
  const write = (rel, text) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  write(
    'web/package.json',
    JSON.stringify(
      {
        name: 'web',
        scripts: { lint: 'eslint .', typecheck: 'tsc --noEmit', test: 'vitest run', 'test:e2e': 'playwright test' },
        devDependencies: { eslint: '^9', typescript: '^5', vitest: '^4' },
      },
      null,
      2,
    ),
  );
  write('web/package-lock.json', '{}\n');
  write('web/tsconfig.json', '{}\n');
  write(
    'api/pyproject.toml',
    '[project]\nname = "api"\nversion = "0.1.0"\n\n[tool.ruff]\nline-length = 100\n\n[tool.mypy]\nstrict = true\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n',
  );
  write('api/uv.lock', 'version = 1\n');
  write('worker/go.mod', 'module worker\n\ngo 1.22\n');
  write(
    '.github/workflows/ci.yml',
    [
      'on: [push]',
      'jobs:',
      '  web:',
      '    runs-on: ubuntu-latest',
      '    defaults: { run: { working-directory: web } }',
      '    steps:',
      '      - run: npm ci',
      '      - run: npm run lint',
      '      - run: npm run typecheck',
      '      - run: npm test',
      '  api:',
      '    runs-on: ubuntu-latest',
      '    defaults: { run: { working-directory: api } }',
      '    steps:',
      '      - run: uv run ruff check .',
      '      - run: uv run mypy .',
      '      - run: uv run pytest',
      '  worker:',
      '    runs-on: ubuntu-latest',
      '    defaults: { run: { working-directory: worker } }',
      '    steps:',
      '      - run: go vet ./...',
      '      - run: go test ./...',
      '',
    ].join('\n'),
  );
  let n = 0;
  for (let d = 0; n < 1000; d++) {
    for (let f = 0; f < 25 && n < 1000; f++, n++) {
      const kind = n % 3;
      if (kind === 0) write(`web/src/feature${d}/part${f}.ts`, `export const value${n} = ${n};\n`);
      else if (kind === 1) write(`api/src/api/mod${d}/m${f}.py`, `VALUE_${n} = ${n}\n`);
      else write(`worker/internal/pkg${d}/f${f}.go`, `package pkg${d}\n\nconst V${n} = ${n}\n`);
    }
  }
  // Installed dependencies are skipped, however many there are.
  for (let i = 0; i < 200; i++) write(`web/node_modules/dep${i}/package.json`, JSON.stringify({ name: `dep${i}`, scripts: { test: 'x' } }));
  // ce works inside a git work tree only (the repository root is the work tree's top).
  spawnSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

if (!existsSync(join(root, 'apps', 'cli', 'oclif.manifest.json'))) {
  console.error('build first: npx nx run @ce/cli:build');
  process.exitCode = 2;
} else {
  const runs = Math.max(10, Number(process.env.RUNS ?? 15));
  const fixture = generateFixture();
  const env = { ...process.env, OCLIF_SKIP_NEW_VERSION_CHECK: 'true' };
  const cases = {
    'node -e 0': [process.execPath, ['-e', '0'], root],
    'ce validate --plan (this repository)': [process.execPath, [bin, 'validate', '--plan', '--json'], root],
    'ce validate --plan (1,000-file fixture)': [process.execPath, [bin, 'validate', '--plan', '--json', '--cwd', fixture], root],
  };
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, [cmd, args, cwd]] of Object.entries(cases)) {
        const start = process.hrtime.bigint();
        const result = spawnSync(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
        if (i === 0 && name.includes('fixture')) {
          const plan = JSON.parse(result.stdout.toString());
          const count = Object.values(plan.levels).flat().length;
          if (count < 5) throw new Error(`the fixture's plan has only ${count} commands: ${result.stdout}`);
        }
        times[name].push(ms);
      }
    }
  } finally {
    rmSync(fixture, { recursive: true, force: true });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(times['node -e 0']);
  console.log(`ce validate --plan, median of ${runs} runs each (target ≤ ${TARGET}× node -e 0)`);
  let ok = true;
  for (const name of Object.keys(cases)) {
    const m = median(times[name]);
    const ratio = m / base;
    const verdict = name === 'node -e 0' ? 'baseline' : ratio <= TARGET ? 'ok' : 'OVER TARGET';
    if (verdict === 'OVER TARGET') ok = false;
    console.log(`  ${name.padEnd(42)} ${m.toFixed(1).padStart(8)} ms  ${ratio.toFixed(2)}×  ${verdict}`);
  }
  if (!ok) process.exitCode = 1;
}
