// Runs every benchmark under tools/bench/ one after another and prints each one's own report (its
// figures beside the baseline it measures in the same run), then a table of which met their targets.
// The figures belong in docs/performance.md; take them on a quiet machine (the load average at the
// start and the end is printed, so a loaded run shows itself). Needs a build (`npm run build`).
//   node tools/bench/all.mjs [name…]     e.g. `node tools/bench/all.mjs startup selfheal`
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BENCHES = {
  startup: ['startup.mjs'],
  validate: ['validate.mjs'],
  selfheal: ['selfheal.mjs'],
  'inference-real': ['inference-real/bench.mjs'],
  drift: ['drift.mjs'],
  'drift-real': ['drift-real.mjs'],
  context: ['context.mjs'],
  checkpoint: ['checkpoint.mjs'],
  'ci-render': ['ci-render.mjs'],
  pipeline: ['pipeline.mjs'],
  localize: ['localize/run.mjs'],
  generate: ['generate.mjs'],
};
const VERDICT = { 0: 'target met', 1: 'target missed', 2: 'could not run (see its message)' };

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (known: ${Object.keys(BENCHES).join(', ')})`);
  process.exit(2);
}
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`load average at start: ${load()} (2 cores; above ~0.5 the machine is not quiet)\n`);
const rows = [];
for (const name of chosen.length > 0 ? chosen : Object.keys(BENCHES)) {
  const [script] = BENCHES[name];
  console.log(`\n=== ${name} (tools/bench/${script}) ===`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [join(here, script)], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  rows.push([name, VERDICT[run.status] ?? `exit ${run.status ?? run.signal}`, `${seconds} s`]);
}
console.log(`\nload average at end: ${load()}\n`);
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, verdict, seconds] of rows) console.log(`${name.padEnd(width)}  ${verdict.padEnd(30)}  ${seconds}`);
process.exitCode = rows.every(([, verdict]) => verdict === VERDICT[0]) ? 0 : 1;
