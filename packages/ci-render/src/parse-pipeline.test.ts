import { describe, expect, it } from 'vitest';
import { checkPipelineText, parsePipeline } from './index.js';

const ok = (extra = '') => `
stages:
  - stage: lint
    nodes: [{ name: eslint, command: npx eslint . }]
${extra}`;

// [what, yaml, path of the first issue, message pattern]
const INVALID: [string, string, string, RegExp][] = [
  [
    'unknown depends_on',
    `
stages:
  - stage: lint
    nodes: [{ name: a, command: x }]
  - stage: test
    nodes: [{ name: b, command: y }]
  - stage: deploy
    depends_on: [lnt]
    nodes: [{ name: c, command: z }]`,
    'stages[2].depends_on[0]',
    /^unknown stage "lnt"$/,
  ],
  [
    'unknown depends_on given as a string',
    ok(`  - stage: t\n    depends_on: nope\n    nodes: [{ name: b, command: y }]`),
    'stages[1].depends_on',
    /unknown stage "nope"/,
  ],
  [
    'a dependency cycle',
    `
stages:
  - stage: a
    depends_on: [c]
    nodes: [{ name: a1, command: x }]
  - stage: b
    depends_on: [a]
    nodes: [{ name: b1, command: x }]
  - stage: c
    depends_on: [b]
    nodes: [{ name: c1, command: x }]`,
    'stages[1].depends_on[0]',
    /dependency cycle: a → c → b → a/,
  ],
  [
    'a stage depending on itself',
    ok(`  - stage: t\n    depends_on: [lint, t]\n    nodes: [{ name: b, command: y }]`),
    'stages[1].depends_on[1]',
    /depends on itself/,
  ],
  ['a duplicate stage name', ok(`  - stage: lint\n    nodes: [{ name: b, command: y }]`), 'stages[1].stage', /duplicate stage name "lint"/],
  [
    'a duplicate node name in a stage',
    `stages:\n  - stage: s\n    nodes: [{ name: a, command: x }, { name: a, command: y }]`,
    'stages[0].nodes[1].name',
    /duplicate node name "a"/,
  ],
  ['an empty stage', ok(`  - stage: empty\n    nodes: []`), 'stages[1].nodes', /stage "empty" has no nodes/],
  ['a stage without nodes', ok(`  - stage: empty`), 'stages[1].nodes', /has no nodes/],
  ['a node without command', `stages:\n  - stage: s\n    nodes: [{ name: a }]`, 'stages[0].nodes[0].command', /node "a" has no command/],
  ['a blank command', `stages:\n  - stage: s\n    nodes: [{ name: a, command: "  " }]`, 'stages[0].nodes[0].command', /has no command/],
  [
    'an unknown strategy',
    `stages:\n  - stage: s\n    nodes: [{ name: a, command: x, strategy: fake }]`,
    'stages[0].nodes[0].strategy',
    /must be one of real, mock, conditional/,
  ],
  [
    'a conditional node without when',
    `stages:\n  - stage: s\n    nodes: [{ name: a, command: x, strategy: conditional }]`,
    'stages[0].nodes[0].strategy',
    /needs a "when"/,
  ],
  ['an unknown key', `stages:\n  - stage: s\n    nodez: []`, 'stages[0]', /unknown key "nodez"/],
  ['a stage without a name', `stages:\n  - nodes: [{ name: a, command: x }]`, 'stages[0]', /missing "stage"/],
  [
    'a non-positive timeout',
    `stages:\n  - stage: s\n    timeout: 0\n    nodes: [{ name: a, command: x }]`,
    'stages[0].timeout',
    /must be > 0/,
  ],
  [
    'a timeout that is not a number',
    `stages:\n  - stage: s\n    nodes: [{ name: a, command: x, timeout: soon }]`,
    'stages[0].nodes[0].timeout',
    /must be number/,
  ],
  [
    'a bad condition',
    `stages:\n  - stage: s\n    when: { condition: "brnch == 'main'" }\n    nodes: [{ name: a, command: x }]`,
    'stages[0].when.condition',
    /unknown name "brnch"/,
  ],
  [
    'an unbalanced condition',
    `stages:\n  - stage: s\n    nodes: [{ name: a, command: x, when: { condition: "(branch == 'main'" } }]`,
    'stages[0].nodes[0].when.condition',
    /expected "\)"/,
  ],
  [
    'an unknown when key',
    `stages:\n  - stage: s\n    when: { brunch: main }\n    nodes: [{ name: a, command: x }]`,
    'stages[0].when',
    /unknown key "brunch"/,
  ],
  ['an empty stage list', `stages: []`, 'stages', /fewer than 1 items/],
  ['no stages', `name: x`, '(root)', /missing "stages"/],
  ['a list at the top', `- stage: s`, '(root)', /must be a mapping/],
  [
    'a matrix key that is not a variable name',
    `stages:\n  - stage: s\n    matrix: { "node version": [20] }\n    nodes: [{ name: a, command: x }]`,
    'stages[0].matrix',
    /"node version" is not a valid variable name/,
  ],
  [
    'an empty matrix list',
    `stages:\n  - stage: s\n    matrix: { node: [] }\n    nodes: [{ name: a, command: x }]`,
    'stages[0].matrix.node',
    /fewer than 1 items/,
  ],
  [
    'an env value that is a mapping',
    `env: { FOO: { a: 1 } }\nstages:\n  - stage: s\n    nodes: [{ name: a, command: x }]`,
    'env.FOO',
    /must be string or number or boolean/,
  ],
  [
    'depends_on of the wrong type',
    ok(`  - stage: t\n    depends_on: 3\n    nodes: [{ name: b, command: y }]`),
    'stages[1].depends_on',
    /must be a string or a list of strings/,
  ],
];

describe('invalid pipeline definitions', () => {
  it.each(INVALID)('reports %s at its path', (_what, yaml, path, message) => {
    const check = checkPipelineText(yaml);
    expect(check.valid).toBe(false);
    expect(check.issues[0]?.path).toBe(path);
    expect(check.issues[0]?.message).toMatch(message);
  });

  it('throws a UsageError (exit 2) naming the file, line and path', () => {
    const yaml = `stages:\n  - stage: lint\n    nodes: [{ name: a, command: x }]\n  - stage: test\n    depends_on: [lnt]\n    nodes: [{ name: b, command: y }]\n`;
    let error: unknown;
    try {
      parsePipeline(yaml, 'ci/pipeline.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ exitCode: 2, code: 'invalid-pipeline', file: 'ci/pipeline.yml' });
    expect((error as Error).message).toBe('ci/pipeline.yml:5: stages[1].depends_on[0]: unknown stage "lnt"');
  });

  it('names the line of a YAML syntax error', () => {
    const check = checkPipelineText('stages:\n  - stage: a\n    nodes: [{ name: x, command: "open\n');
    expect(check.valid).toBe(false);
    expect(check.issues[0]).toMatchObject({ path: '(yaml)' });
    expect(check.issues[0]?.line).toBeGreaterThanOrEqual(3);
    const dup = checkPipelineText('stages:\n  - stage: a\n    stage: b\n    nodes: [{ name: x, command: y }]\n');
    expect(dup.issues[0]).toMatchObject({ path: '(yaml)', line: 3 });
    expect(dup.issues[0]?.message).toMatch(/unique/i);
  });

  it('refuses a line led by 16,000 blanks before the YAML parsers fold it in quadratic time', () => {
    const check = checkPipelineText(ok(`${' \t'.repeat(8_000)}x\n`));
    expect(check.valid).toBe(false);
    expect(check.issues[0]).toMatchObject({ path: '(yaml)', line: 1 });
    expect(check.issues[0]?.message).toMatch(/indented more than 400 columns/);
  });

  it('lists every problem, not only the first', () => {
    const check = checkPipelineText(
      `stages:\n  - stage: a\n    depends_on: [x, y]\n    nodes: [{ name: n }]\n  - stage: a\n    nodes: []\n`,
    );
    expect(check.issues.map((i) => i.path)).toEqual([
      'stages[1].stage',
      'stages[0].depends_on[0]',
      'stages[0].depends_on[1]',
      'stages[0].nodes[0].command',
      'stages[1].nodes',
    ]);
  });
});

describe('valid pipeline definitions', () => {
  it('accepts the example of the issue', () => {
    const yaml = `
name: library
env: {FORCE_COLOR: "0"}
stages:
  - stage: lint
    nodes: [{ name: eslint, command: npx eslint . }]
  - stage: test
    parallel: true
    depends_on: [lint]
    matrix: {node: ["20", "22"]}
    when: {branch: main}
    timeout: 15
    nodes:
      - name: unit
        command: npm test
        strategy: real
        artifacts: [coverage/]
`;
    const check = checkPipelineText(yaml);
    expect(check.issues).toEqual([]);
    expect(check.valid).toBe(true);
  });

  it('accepts when as a condition string, a condition key, and matrix keys with dashes', () => {
    const check = checkPipelineText(
      `stages:\n  - stage: s\n    when: "branch == 'main'"\n    matrix: { node-version: [20, 22] }\n    nodes: [{ name: a, command: x, condition: "event != 'pull_request'", strategy: conditional }]\n`,
    );
    expect(check.issues).toEqual([]);
  });

  it('accepts mock nodes without a command and a single string for depends_on and artifacts', () => {
    const check = checkPipelineText(
      `${ok()}  - stage: t\n    depends_on: lint\n    artifacts: dist/\n    nodes: [{ name: m, strategy: mock }]\n`,
    );
    expect(check.issues).toEqual([]);
  });
});
