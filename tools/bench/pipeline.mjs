#!/usr/bin/env node
// Pipeline-testing benchmark (issue 8). Needs a build (`npm run build`). Runs the BUILT package and CLI:
//  1. parallel branches: BRANCHES independent nodes of DELAY ms each, fanned out and joined, against the
//     same graph with concurrency 1 (the sequential baseline, measured in the same run).
//     target: the parallel run takes < 1.6 × one node's delay.
//  2. scheduler overhead: a chain and a fan-out of NODES trivial nodes (µs per node).
//  3. record vs replay: a pipeline whose model node is a real process (CommandLLMStrategy running
//     packages/pipeline-testing/test/fixtures/model.mjs), recorded once, then replayed in e2e mode:
//     time and tokens of each. target: ≥ 90% of the tokens saved.
//  4. `ce pipeline run prp-generation --mode e2e` wall clock against `ce --version` (start-up baseline).
// Prints figures and ratios; exits 1 when a target is missed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'packages', 'pipeline-testing', 'dist', 'index.js');
const bin = join(root, 'apps', 'cli', 'bin', 'run.js');
if (!existsSync(dist) || !existsSync(join(root, 'packages', 'pipeline-testing', 'dist', 'mocks', 'index.js'))) {
  console.error('build first: npm run build');
  process.exit(2);
}
const { PipelineBuilder, strategy, sleep, CommandLLMStrategy, RecordingStrategy, ReplayStrategy, tokenReport } = await import(
  pathToFileURL(dist).href
);
const DELAY = Number(process.env.DELAY ?? 200);
const BRANCHES = Number(process.env.BRANCHES ?? 4);
const NODES = Number(process.env.NODES ?? 2000);
const RUNS = Number(process.env.RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = async (fn) => {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
};
let failed = false;

// 1. Parallel branches.
function fanOut() {
  let b = new PipelineBuilder({ name: 'fan' }).addNode(
    'start',
    strategy('start', (x) => x),
  );
  for (let i = 0; i < BRANCHES; i++)
    b = b.addNode(
      `slow${i}`,
      strategy('slow', async (_x, ctx) => sleep(DELAY, ctx.signal)),
    );
  b = b.addNode(
    'join',
    strategy('join', () => 'done'),
  );
  for (let i = 0; i < BRANCHES; i++) b.addEdge('start', `slow${i}`).addEdge(`slow${i}`, 'join');
  return b.build();
}
const fan = fanOut();
const parallel = [];
const sequential = [];
for (let r = 0; r < 3; r++) {
  parallel.push((await time(() => fan.run(1))).ms);
  sequential.push((await time(() => fan.run(1, { concurrency: 1 }))).ms);
}
const par = median(parallel);
const seq = median(sequential);
console.log(
  `parallel branches: ${BRANCHES} × ${DELAY} ms nodes: ${par.toFixed(0)} ms parallel vs ${seq.toFixed(0)} ms sequential (concurrency 1): ${(seq / par).toFixed(2)}× faster; ${(par / DELAY).toFixed(2)}× one node's delay (target < 1.6×)`,
);
if (par >= DELAY * 1.6) failed = true;

// 2. Scheduler overhead.
function chain(n) {
  let b = new PipelineBuilder({ name: 'chain' });
  for (let i = 0; i < n; i++)
    b = b.addNode(
      `n${i}`,
      strategy('inc', (x) => x + 1),
    );
  for (let i = 1; i < n; i++) b.addEdge(`n${i - 1}`, `n${i}`);
  return b.build();
}
function wide(n) {
  let b = new PipelineBuilder({ name: 'wide' }).addNode(
    'root',
    strategy('root', (x) => x),
  );
  for (let i = 0; i < n; i++)
    b = b
      .addNode(
        `n${i}`,
        strategy('inc', (x) => x + 1),
      )
      .addEdge('root', `n${i}`);
  return b.build();
}
const build = await time(() => chain(NODES));
const chainRuns = [];
const wideRuns = [];
const widePipeline = wide(NODES);
for (let r = 0; r < RUNS; r++) {
  chainRuns.push((await time(() => build.value.run(0))).ms);
  wideRuns.push((await time(() => widePipeline.run(0))).ms);
}
console.log(
  `scheduler: build+validate ${NODES}-node chain ${build.ms.toFixed(1)} ms; run chain ${median(chainRuns).toFixed(1)} ms (${((median(chainRuns) / NODES) * 1000).toFixed(1)} µs/node); fan-out ${median(wideRuns).toFixed(1)} ms (${((median(wideRuns) / NODES) * 1000).toFixed(1)} µs/node)`,
);

// 3. Record vs replay.
const dir = mkdtempSync(join(tmpdir(), 'ce-bench-pipeline-'));
try {
  const fixture = join(dir, 'fixture.json');
  const model = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'packages', 'pipeline-testing', 'test', 'fixtures', 'model.mjs'))}`;
  const make = (llm) =>
    new PipelineBuilder({ mode: 'e2e', name: 'bench' })
      .addNode(
        'prompt',
        strategy('prompt', (topic) => `Summarise ${topic}.`),
      )
      .addNode('llm', llm, { external: true })
      .addEdge('prompt', 'llm')
      .build();
  const topics = Array.from({ length: 5 }, (_, i) => `topic number ${i}`);
  const recorder = make(new RecordingStrategy(new CommandLLMStrategy({ command: model }), { fixture }));
  const real = await time(async () => {
    let tokens = 0;
    for (const t of topics) {
      const r = await recorder.run(t);
      tokens += r.tokens.used.inputTokens + r.tokens.used.outputTokens;
    }
    return tokens;
  });
  const replayer = make(new ReplayStrategy({ fixture }));
  const reports = [];
  const replayed = await time(async () => {
    for (const t of topics) reports.push(tokenReport(await replayer.run(t)));
  });
  const used = reports.reduce((s, r) => s + r.usedTokens, 0);
  const recorded = reports.reduce((s, r) => s + r.recordedTokens, 0);
  const saved = recorded > 0 ? ((recorded - used) / recorded) * 100 : 0;
  console.log(
    `record vs replay (${topics.length} runs): real ${real.ms.toFixed(0)} ms, ${real.value} tokens; replayed ${replayed.ms.toFixed(1)} ms, ${used} tokens: ${saved.toFixed(1)}% tokens saved (target ≥ 90%), ${(real.ms / replayed.ms).toFixed(0)}× faster`,
  );
  if (recorded !== real.value || saved < 90) failed = true;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// 4. The CLI.
if (existsSync(join(root, 'apps', 'cli', 'oclif.manifest.json'))) {
  const env = { ...process.env, OCLIF_SKIP_NEW_VERSION_CHECK: 'true', NO_COLOR: '1' };
  const wall = (args) => {
    const xs = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const p = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
      if (p.status !== 0) throw new Error(`ce ${args.join(' ')} failed: ${p.stderr}`);
      xs.push(performance.now() - t0);
    }
    return median(xs);
  };
  const base = wall(['--version']);
  const run = wall(['pipeline', 'run', 'prp-generation', '--mode', 'e2e', '--json']);
  console.log(
    `cli: ce pipeline run prp-generation --mode e2e ${run.toFixed(0)} ms vs ce --version ${base.toFixed(0)} ms (${(run / base).toFixed(2)}×)`,
  );
}
process.exit(failed ? 1 : 0);
