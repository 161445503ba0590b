#!/usr/bin/env node
// Self-healing cost (issue 17): CPU seconds (user + sys of the process and all its children, from
// bash's `times`) of `ce validate --level 1 --fix` against the same tools run by hand — the fixers
// on the same changed files, then the project's own checks — on the same broken tree, in one run.
// Each round copies a fresh broken tree for each side, sides interleaved; medians of N rounds
// (default 5). Target ≤ 1.3×. Runs the BUILT CLI: build first (`npx nx run @ce/cli:build`).
//   node tools/bench/selfheal.mjs [rounds]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'apps', 'cli', 'bin', 'run.js');
const fixture = join(root, 'packages', 'validate', 'test', 'fixtures', 'ts-lint');
const ROUNDS = Math.max(1, Number(process.argv[2] ?? 5));
const TARGET = 1.3;
const FILES = 40;
const BROKEN = 12;
const env = { PATH: process.env.PATH, HOME: process.env.HOME, OCLIF_SKIP_NEW_VERSION_CHECK: 'true', NX_DAEMON: 'false' };

const clean = (i) =>
  `import { add, multiply } from './math.js';\n\nexport function total${i}(values: number[]): number {\n  return values.reduce((sum, value) => add(sum, value), 0);\n}\n\nexport function scaled${i}(values: number[], factor: number): number[] {\n  return values.map((value) => multiply(value, factor));\n}\n`;
// What an agent leaves behind: wrong quotes and indentation, missing semicolons, `let` never reassigned.
const broken = (i) =>
  `import { add, multiply } from "./math.js"\nexport function total${i}(values: number[]): number {\n    let sum = 0\n    for (const v of values) { sum = add(sum, v) }\n    let label = "total${i}"\n    return label ? sum : 0\n}\nexport function scaled${i}(values: number[], factor: number): number[] {\n    let out: number[] = []\n    for (const v of values) out.push(multiply(v, factor))\n    return out\n}\n`;

/** A committed clean project with the monorepo's installed tools linked in, and uncommitted broken edits. */
function brokenTree() {
  const dir = mkdtempSync(join(tmpdir(), 'ce-bench-selfheal-'));
  cpSync(fixture, dir, { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  mkdirSync(join(modules, '@eslint'), { recursive: true });
  for (const [name, bins] of Object.entries({
    eslint: { eslint: 'bin/eslint.js' },
    '@eslint/js': {},
    'typescript-eslint': {},
    prettier: { prettier: 'bin/prettier.cjs' },
    typescript: { tsc: 'bin/tsc' },
  })) {
    symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
    for (const [b, rel] of Object.entries(bins)) symlinkSync(join(root, 'node_modules', name, rel), join(modules, '.bin', b));
  }
  writeFileSync(join(dir, 'src', 'greet.ts'), "export function greet(name: string): string {\n  return 'Hello, ' + name;\n}\n");
  writeFileSync(join(dir, 'src', 'index.ts'), clean(0));
  for (let i = 1; i <= FILES; i++) writeFileSync(join(dir, 'src', `part${i}.ts`), clean(i));
  const g = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  g('init', '-q', '-b', 'main');
  g('-c', 'user.email=b@ce.local', '-c', 'user.name=bench', 'add', '-A');
  g('-c', 'user.email=b@ce.local', '-c', 'user.name=bench', 'commit', '-qm', 'base');
  const changed = [];
  for (let i = 1; i <= BROKEN; i++) {
    writeFileSync(join(dir, 'src', `part${i}.ts`), broken(i));
    changed.push(`src/part${i}.ts`);
  }
  return { dir, changed };
}

/** CPU seconds (user + sys) of a shell script and everything it starts, and its exit code. */
function cpu(dir, script) {
  const run = spawnSync('bash', ['-c', `${script} >/dev/null 2>&1; status=$?; times; exit $status`], { cwd: dir, env, encoding: 'utf8' });
  const lines = run.stdout.trim().split('\n');
  const secs = (t) => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  };
  const [self, children] = lines.slice(-2).map((l) => l.split(/\s+/).map(secs));
  return { seconds: (self?.[0] ?? 0) + (self?.[1] ?? 0) + (children?.[0] ?? 0) + (children?.[1] ?? 0), status: run.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ce = [];
const hand = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const side of round % 2 === 0 ? ['ce', 'hand'] : ['hand', 'ce']) {
    const { dir, changed } = brokenTree();
    try {
      const files = changed.join(' ');
      const result =
        side === 'ce'
          ? cpu(dir, `node ${bin} validate --level 1 --fix --json`)
          : cpu(
              dir,
              `node_modules/.bin/eslint --fix ${files}; node_modules/.bin/prettier --write --ignore-unknown ${files}; npm run lint && npm run format:check && npm run typecheck`,
            );
      if (result.status !== 0) throw new Error(`${side}: the broken tree did not heal (exit ${result.status}) in ${dir}`);
      (side === 'ce' ? ce : hand).push(result.seconds);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
const ratio = median(ce) / median(hand);
console.log(`broken tree: ${FILES + 2} TypeScript files, ${BROKEN} with uncommitted fixable problems (eslint prefer-const, prettier)`);
console.log(`rounds: ${ROUNDS}, CPU seconds (user+sys, children included), medians`);
console.log(
  `  by hand (eslint --fix, prettier --write, then lint, format:check, typecheck): ${median(hand).toFixed(2)} s  [${hand.map((s) => s.toFixed(2)).join(', ')}]`,
);
console.log(
  `  ce validate --level 1 --fix:                                                 ${median(ce).toFixed(2)} s  [${ce.map((s) => s.toFixed(2)).join(', ')}]`,
);
console.log(`  ratio ${ratio.toFixed(2)}×  (target ≤ ${TARGET}×)  ${ratio <= TARGET ? 'OK' : 'OVER TARGET'}`);
process.exitCode = ratio <= TARGET ? 0 : 1;
