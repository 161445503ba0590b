import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { connectCeMcp, gitRepo, runCe, useTempDir, writeTree } from '@ce/test-utils';

const PIPELINE = `name: library
env: { FORCE_COLOR: "0" }
stages:
  - stage: lint
    nodes:
      - { name: eslint, command: 'node -e "console.log(1)" # lint' }
  - stage: test
    depends_on: [lint]
    matrix: { node: ["20", "22"] }
    nodes:
      - { name: unit, command: 'echo "unit on $node: ok"' }
      - { name: e2e, command: 'touch e2e-ran', strategy: mock }
`;

function oneJson(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout) as Record<string, unknown>;
}

function pluginEnv(): Record<string, string> {
  const home = useTempDir();
  return { CE_DATA_DIR: join(home, 'data'), CE_CONFIG_DIR: join(home, 'config'), CE_CACHE_DIR: join(home, 'cache') };
}

describe('ce ci validate', () => {
  it('accepts a valid pipeline', async () => {
    const dir = gitRepo({ 'ci/pipeline.yml': PIPELINE });
    const run = await runCe(['ci', 'validate', 'ci/pipeline.yml'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('ci/pipeline.yml: valid (2 stages, 3 jobs; order: lint → test)');
    const json = await runCe(['ci', 'validate', '--json'], { cwd: dir });
    expect(oneJson(json.stdout)).toMatchObject({ file: 'ci/pipeline.yml', valid: true, stages: 2, jobs: 3 });
  });

  it.each([
    [
      'unknown stage',
      'stages:\n  - stage: a\n    nodes: [{name: x, command: y}]\n  - stage: b\n    depends_on: [lnt]\n    nodes: [{name: z, command: y}]\n',
      'p.yml:5: stages[1].depends_on[0]: unknown stage "lnt"',
    ],
    [
      'cycle',
      'stages:\n  - stage: a\n    depends_on: [b]\n    nodes: [{name: x, command: y}]\n  - stage: b\n    depends_on: [a]\n    nodes: [{name: z, command: y}]\n',
      'stages[1].depends_on[0]: dependency cycle: a → b → a',
    ],
    [
      'duplicate node',
      'stages:\n  - stage: a\n    nodes: [{name: x, command: y}, {name: x, command: z}]\n',
      'stages[0].nodes[1].name: duplicate node name "x"',
    ],
    ['empty stage', 'stages:\n  - stage: a\n    nodes: []\n', 'stages[0].nodes: stage "a" has no nodes'],
    ['missing command', 'stages:\n  - stage: a\n    nodes: [{name: x}]\n', 'stages[0].nodes[0].command: node "x" has no command'],
    ['yaml syntax', 'stages:\n  - stage: a\n   nodes: [\n', 'p.yml:3: (yaml)'],
  ])('exits 2 and names the path for %s', async (_what, yaml, expected) => {
    const dir = useTempDir();
    writeTree(dir, { 'p.yml': yaml });
    const run = await runCe(['ci', 'validate', 'p.yml'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(expected);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('error:'))).toHaveLength(1);
    const json = await runCe(['ci', 'validate', 'p.yml', '--json'], { cwd: dir });
    expect(json.exitCode).toBe(2);
    expect(oneJson(json.stdout)).toMatchObject({ error: { code: 'invalid-pipeline', exitCode: 2, file: 'p.yml' } });
  });

  it('exits 2 naming a file that does not exist', async () => {
    const run = await runCe(['ci', 'validate', 'missing.yml'], { cwd: useTempDir() });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('missing.yml: no such file');
  });
});

describe('ce ci render', () => {
  it('prints GitHub Actions and GitLab CI, and writes --out', async () => {
    const dir = gitRepo({ 'ci/pipeline.yml': PIPELINE });
    const gh = await runCe(['ci', 'render', 'ci/pipeline.yml', '--target', 'github'], { cwd: dir });
    expect(gh.exitCode).toBe(0);
    const workflow = parse(gh.stdout) as { jobs: Record<string, { needs?: string[]; steps: { run?: string }[] }> };
    expect(workflow.jobs['unit']?.needs).toEqual(['eslint']);
    expect(workflow.jobs['eslint']?.steps.map((s) => s.run)).toContain('node -e "console.log(1)" # lint');
    const gl = await runCe(['ci', 'render', 'ci/pipeline.yml', '--target', 'gitlab', '--out', '.gitlab-ci.yml', '--check'], { cwd: dir });
    expect(gl.exitCode).toBe(0);
    expect(gl.stderr).toContain('wrote .gitlab-ci.yml');
    const doc = parse(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')) as Record<string, { needs?: string[] }>;
    expect(doc['e2e']?.needs).toEqual(['eslint']);
  });

  it('exits 2 for an unknown target', async () => {
    const dir = gitRepo({ 'ci/pipeline.yml': PIPELINE });
    const run = await runCe(['ci', 'render', '--target', 'azure'], { cwd: dir, env: pluginEnv() });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('unknown CI target "azure"; available: github, gitlab');
  });

  it('renders with a third target added by a linked plugin', async () => {
    const env = pluginEnv();
    const plugin = join(import.meta.dirname, 'fixtures', 'ci-plugin');
    const link = await runCe(['plugins', 'link', plugin, '--no-install'], { env });
    expect(link.exitCode).toBe(0);
    const dir = gitRepo({ 'ci/pipeline.yml': PIPELINE });
    const run = await runCe(['ci', 'render', '--target', 'shell', '--out', 'ci.sh'], { cwd: dir, env });
    expect(run.stderr).toBe('wrote ci.sh (shell: 3 jobs in 2 stages)\n');
    expect(run.exitCode).toBe(0);
    const script = readFileSync(join(dir, 'ci.sh'), 'utf8');
    expect(script).toContain('# test / unit (after: eslint)');
    expect(script).toContain("echo 'mocked: e2e'");
    const diff = await runCe(['ci', 'diff', '--target', 'shell'], { cwd: dir, env });
    expect(diff.exitCode).toBe(0);
    expect((await runCe(['plugins', 'uninstall', 'ce-plugin-ci-shell'], { env })).exitCode).toBe(0);
    expect((await runCe(['ci', 'render', '--target', 'shell'], { cwd: dir, env })).exitCode).toBe(2);
  });
});

describe('ce ci diff', () => {
  it('exits 0 when the rendered files are up to date and 1 with a diff when not', async () => {
    const dir = gitRepo({ 'ci/pipeline.yml': PIPELINE });
    expect((await runCe(['ci', 'render', '-t', 'github', '-o', '.github/workflows/ci.yml'], { cwd: dir })).exitCode).toBe(0);
    expect((await runCe(['ci', 'render', '-t', 'gitlab', '-o', '.gitlab-ci.yml'], { cwd: dir })).exitCode).toBe(0);
    const same = await runCe(['ci', 'diff'], { cwd: dir });
    expect(same.exitCode).toBe(0);
    expect(same.stdout).toContain('up-to-date .github/workflows/ci.yml (github)');
    writeFileSync(join(dir, 'ci/pipeline.yml'), PIPELINE.replace('FORCE_COLOR: "0"', 'FORCE_COLOR: "1"'));
    const changed = await runCe(['ci', 'diff', '--json'], { cwd: dir });
    expect(changed.exitCode).toBe(1);
    const result = oneJson(changed.stdout) as { upToDate: boolean; targets: { status: string; diff: string }[] };
    expect(result.upToDate).toBe(false);
    expect(result.targets.map((t) => t.status)).toEqual(['different', 'different']);
    expect(result.targets[0]?.diff).toContain("+  FORCE_COLOR: '1'");
  });
});

describe('the static examples of the ci commands', () => {
  it('run as documented', async () => {
    const dir = gitRepo({ 'ci/pipeline.yml': PIPELINE });
    expect(
      (await runCe(['ci', 'render', 'ci/pipeline.yml', '--target', 'github', '--out', '.github/workflows/ci.yml'], { cwd: dir })).exitCode,
    ).toBe(0);
    const against = await runCe(['ci', 'diff', 'ci/pipeline.yml', '--target', 'github', '--against', '.github/workflows/ci.yml'], {
      cwd: dir,
    });
    expect(against.exitCode).toBe(0);
    expect(against.stdout).toContain('up-to-date .github/workflows/ci.yml (github)');
    const run = await runCe(['ci', 'run', 'ci/pipeline.yml', '--local', '--branch', 'main', '--concurrency', '2', '--json'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(oneJson(run.stdout)).toMatchObject({ passed: true, context: { branch: 'main', event: 'push' } });
  });
});

describe('ce ci run --local', () => {
  it('runs the pipeline here, reporting mock nodes as mocked', async () => {
    const dir = gitRepo({ 'ci/pipeline.yml': PIPELINE });
    const run = await runCe(['ci', 'run', '--local', '--json'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    const result = oneJson(run.stdout) as {
      passed: boolean;
      counts: Record<string, number>;
      jobs: { name: string; status: string; instances: { output: string }[] }[];
    };
    expect(result.passed).toBe(true);
    expect(result.counts).toEqual({ passed: 2, failed: 0, mocked: 1, skipped: 0 });
    expect(result.jobs.find((j) => j.name === 'unit')?.instances.map((i) => i.output.trim())).toEqual(['unit on 20: ok', 'unit on 22: ok']);
    expect(existsSync(join(dir, 'e2e-ran'))).toBe(false);
    const human = await runCe(['ci', 'run', 'ci/pipeline.yml', '--local'], { cwd: dir });
    expect(human.stdout).toContain('🎭 test / e2e: mocked');
    expect(human.stdout).toContain('passed: 2 passed, 0 failed, 1 mocked, 0 skipped');
  });

  it('exits 1 when a node fails and 2 without --local', async () => {
    const dir = gitRepo({ 'p.yml': 'stages:\n  - stage: s\n    nodes: [{ name: bad, command: "echo broken >&2; exit 3" }]\n' });
    const run = await runCe(['ci', 'run', 'p.yml', '--local'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('✗ s / bad: failed');
    expect(run.stdout).toContain('| broken');
    const noLocal = await runCe(['ci', 'run', 'p.yml'], { cwd: dir });
    expect(noLocal.exitCode).toBe(2);
    expect(noLocal.stderr).toContain('add --local');
  });
});

describe('ci MCP tools', () => {
  it('validates and renders through ce mcp --tools all', async () => {
    const dir = gitRepo({ 'ci/pipeline.yml': PIPELINE });
    const client = await connectCeMcp(dir, ['--tools', 'all']);
    try {
      const names = (await client.listTools()).tools.map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(['ci_validate', 'ci_render', 'ci_diff', 'ci_run_local']));
      const core = await client.callTool({ name: 'ci_validate', arguments: {} });
      expect(core.structuredContent).toMatchObject({ valid: true, jobs: 3 });
      const rendered = await client.callTool({ name: 'ci_render', arguments: { target: 'gitlab' } });
      expect((rendered.structuredContent as { content: string }).content).toContain('stage: test');
      writeTree(dir, { 'bad.yml': 'stages: []\n' });
      const bad = await client.callTool({ name: 'ci_validate', arguments: { file: 'bad.yml' } });
      expect(bad.isError).toBe(true);
      expect(JSON.stringify(bad.content)).toContain('stages: must NOT have fewer than 1 items');
    } finally {
      await client.close();
    }
  });
});
