// Runs inside the temporary project: imports each installed @ce package and calls one of its
// functions, as a third party would. Packages without an entry below (added to the workspace
// later) are imported and must export at least one function.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const PIPELINE = 'name: lib\nstages:\n  - stage: test\n    nodes:\n      - { name: unit, command: npm test }\n';

const CALLS = {
  '@ce/core': (m) => assert.equal(m.loadConfig(mkdtempSync(join(tmpdir(), 'ce-'))).config.version, 1),
  '@ce/parse': async (m) => assert.equal((await m.parseSource('python', 'def f():\n    pass\n')).rootNode.hasError, false),
  '@ce/state': (m) => assert.equal(m.parseCheckpointTag(m.checkpointTagName('PRP-7', 'impl', '20260101T000000Z'))?.prpId, 'PRP-7'),
  '@ce/drift': (m) => assert.equal(typeof m.driftBand(0.05), 'string'),
  '@ce/ci-render': (m) => assert.match(m.renderGithub(m.planPipeline(m.parsePipeline(PIPELINE))), /npm test/),
  '@ce/pipeline-testing': async (m) => assert.equal(await m.strategy('double', (n) => n * 2).execute(21), 42),
  '@ce/agents': (m) => assert.equal(typeof m.parseFileBlocks('no blocks here'), 'object'),
  '@ce/context': async (m) => {
    const { symbols } = await m.extractSymbols('typescript', 'export function load(id: string) { return id; }', 'a.ts');
    assert.ok(symbols.some((s) => s.name === 'load'));
  },
  '@ce/validate': (m) => {
    const dir = mkdtempSync(join(tmpdir(), 'ce-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', scripts: { test: 'vitest run', lint: 'eslint .' } }));
    assert.ok(JSON.stringify(m.inferPlan(dir)).includes('npm test'));
  },
  '@ce/generate': (m) => {
    const initial = m.parseInitial('## FEATURE\n\nAdd a discount code to the cart.\n\n## EXAMPLES\n\n- src/cart.js\n');
    assert.match(initial.feature, /discount code/);
  },
  '@ce/execute': (m) => assert.equal(m.executionMetrics(mkdtempSync(join(tmpdir(), 'ce-'))).runs, 0),
  '@ce/cli': (m) => assert.equal(m.toCeError(new Error('x')).exitCode, 1),
};

for (const name of process.argv.slice(2)) {
  const module = await import(name);
  const call = CALLS[name];
  if (call) await call(module);
  else
    assert.ok(
      Object.values(module).some((v) => typeof v === 'function'),
      `${name} exports no function`,
    );
  process.stdout.write(`  ${name}: ${call ? 'imported and called' : 'imported (no call listed in use-packages.mjs)'}\n`);
}
