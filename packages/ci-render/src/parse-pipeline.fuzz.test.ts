import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fc, fuzzParser, textOf } from '@ce/test-utils';
import { parsePipeline } from './index.js';

const PIPELINE_FRAGMENTS = [
  'name: ci\n',
  'stages:\n',
  '  - stage: lint\n',
  '    nodes:\n',
  '      - name: eslint\n',
  '        command: npx eslint .\n',
  '        strategy: real\n',
  '        strategy: mock\n',
  '        when: "branch == main"\n',
  '        timeout: 10\n',
  '    parallel: true\n',
  '    depends_on: [lint]\n',
  '    depends_on: [test]\n',
  '    matrix:\n      node: [20, 22]\n',
  '    env:\n      A: b\n',
];

// Mostly well-formed pipelines (unique names, depends_on on earlier stages), some broken on purpose
// (a random name, an unknown or later stage), so that cases get past the schema to the semantic
// checks (unknown and cyclic depends_on, duplicate names) and the plan.
/** Mostly `good`, now and then `bad`. */
const rarely = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) => fc.oneof({ weight: 40, arbitrary: good }, { weight: 1, arbitrary: bad });
const node = fc.record({
  command: rarely(fc.constantFrom('npm test', 'npx eslint .', 'echo "$X"'), fc.constant('')),
  strategy: rarely(fc.constantFrom('real', 'mock', 'conditional'), fc.constant('x')),
  rename: rarely(fc.constant(undefined), fc.string({ maxLength: 6 })),
});
const stage = fc.record({
  nodes: fc.array(node, { minLength: 1, maxLength: 3 }),
  // Indexes of other stages: earlier ones are valid, a later one may close a cycle, -1 is unknown.
  dependsOn: fc.array(rarely(fc.nat({ max: 4 }), fc.constantFrom(-1, 9)), { maxLength: 2 }),
  parallel: fc.boolean(),
});
const stageName = (i: number, d: number) => (d < 0 ? 'nowhere' : d === 9 ? `s${i + 1}` : `s${Math.min(d, i - 1)}`);
const pipelineValue = fc.array(stage, { minLength: 1, maxLength: 5 }).map((stages) =>
  stringify({
    stages: stages.map((s, i) => ({
      stage: `s${i}`,
      parallel: s.parallel,
      depends_on: [...new Set(s.dependsOn.map((d) => stageName(i, d)))].filter((d) => d !== 's-1'),
      nodes: s.nodes.map((n, k) => ({ name: n.rename ?? `s${i}-n${k}`, command: n.command, strategy: n.strategy })),
    })),
  }),
);

describe('parsePipeline under fuzzing', () => {
  it('accepts or refuses with a CeError every pipeline-like file', () => {
    const report = fuzzParser('parsePipeline', fc.oneof(textOf(PIPELINE_FRAGMENTS), pipelineValue), (text) =>
      parsePipeline(text, 'ci/pipeline.yml'),
    );
    expect(report.cases).toBeGreaterThanOrEqual(1_000);
    expect(report.refused).toBeGreaterThan(0);
    expect(report.parsed).toBeGreaterThan(50);
  });
});
