import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkAgainstPlatformSchema, parsePipeline, planPipeline, renderGithub, renderGitlab, type Pipeline } from './index.js';
import { expectedWaitsFor, githubWaitsFor, gitlabWaitsFor, relationLines, runActionlint } from '../test/pipeline-oracle.js';
import { PIPELINES } from '../test/pipelines.js';

type GhJob = {
  name: string;
  needs?: string[];
  if?: string;
  env?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown[]> };
  'timeout-minutes'?: number;
  steps: Record<string, unknown>[];
};
type GlJob = {
  stage: string;
  needs: string[];
  rules?: { if?: string; variables?: Record<string, string> }[];
  variables?: Record<string, unknown>;
  parallel?: { matrix: Record<string, string[]>[] };
  timeout?: string;
  script: string[];
  artifacts?: { paths: string[] };
};

function renderBoth(text: string) {
  const pipeline = parsePipeline(text, 'pipeline.yml');
  const plan = planPipeline(pipeline);
  const github = renderGithub(plan, { source: 'ci/pipeline.yml' });
  const gitlab = renderGitlab(plan, { source: 'ci/pipeline.yml' });
  return { pipeline, plan, github, gitlab };
}

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function nodeCommands(pipeline: Pipeline, strategies: string[]): string[] {
  return pipeline.stages.flatMap((s) => s.nodes.filter((n) => strategies.includes(n.strategy ?? 'real')).flatMap((n) => asList(n.command)));
}

describe.each(Object.entries(PIPELINES))('pipeline %s', (_name, text) => {
  const { pipeline, plan, github, gitlab } = renderBoth(text);

  it('renders a GitHub workflow valid against the SchemaStore schema and actionlint', async () => {
    expect(checkAgainstPlatformSchema('github-workflow', github)).toEqual([]);
    expect(await runActionlint(github)).toEqual([]);
  });

  it('renders a .gitlab-ci.yml valid against GitLab’s CI schema', () => {
    expect(checkAgainstPlatformSchema('gitlab-ci', gitlab)).toEqual([]);
  });

  it('preserves the exact waits-for relation in GitHub needs and GitLab needs', () => {
    const expected = relationLines(expectedWaitsFor(pipeline));
    expect(relationLines(githubWaitsFor(github, plan))).toEqual(expected);
    expect(relationLines(gitlabWaitsFor(gitlab, plan))).toEqual(expected);
  });

  it('keeps every command verbatim and renders deterministically', () => {
    const ghRuns = Object.values((parse(github) as { jobs: Record<string, GhJob> }).jobs).flatMap((j) =>
      j.steps.map((s) => s['run']).filter((r) => typeof r === 'string'),
    );
    const glDoc = parse(gitlab) as Record<string, GlJob>;
    const glScripts = plan.jobs.flatMap((j) => glDoc[j.id]?.script ?? []);
    for (const command of nodeCommands(pipeline, ['real', 'conditional'])) {
      expect(ghRuns).toContain(command);
      expect(glScripts).toContain(command);
    }
    expect(renderGithub(planPipeline(pipeline), { source: 'ci/pipeline.yml' })).toBe(github);
    expect(renderGitlab(planPipeline(pipeline), { source: 'ci/pipeline.yml' })).toBe(gitlab);
  });
});

describe('what the executors preserve', () => {
  it('merges env with the inner level winning, on both targets', () => {
    const { github, gitlab } = renderBoth(PIPELINES['matrices'] as string);
    const gh = parse(github) as { env: Record<string, string>; jobs: Record<string, GhJob> };
    expect(gh.env).toEqual({ FORCE_COLOR: '0', RETRIES: '2', STRICT: 'true' });
    expect(gh.jobs['unit']?.env).toMatchObject({ LEVEL: 'node', TZ: 'UTC' });
    expect(gh.jobs['integration']?.env).toMatchObject({ LEVEL: 'stage', TZ: 'UTC' });
    const gl = parse(gitlab) as Record<string, GlJob> & { variables: Record<string, string> };
    expect(gl.variables).toEqual({ FORCE_COLOR: '0', RETRIES: '2', STRICT: 'true' });
    expect(gl['unit']?.variables).toEqual({ LEVEL: 'node', TZ: 'UTC' });
  });

  it('renders stage and node matrices (node keys win) and exposes matrix values as env on GitHub', () => {
    const { github, gitlab } = renderBoth(PIPELINES['matrices'] as string);
    const gh = (parse(github) as { jobs: Record<string, GhJob> }).jobs;
    expect(gh['unit']?.strategy?.matrix).toEqual({ node: ['20', '22'], os: ['linux', 'macos'] });
    expect(gh['integration']?.strategy?.matrix).toEqual({ node: ['22'], os: ['linux', 'macos'], shard: [1, 2, 3] });
    expect(gh['unit']?.env?.['node']).toBe('${{ matrix.node }}');
    const gl = parse(gitlab) as Record<string, GlJob>;
    expect(gl['integration']?.parallel).toEqual({ matrix: [{ node: ['22'], os: ['linux', 'macos'], shard: ['1', '2', '3'] }] });
  });

  it('renders timeouts in minutes (node over stage) and artifacts (stage + node)', () => {
    const { github, gitlab } = renderBoth(PIPELINES['matrices'] as string);
    const gh = (parse(github) as { jobs: Record<string, GhJob> }).jobs;
    expect(gh['unit']?.['timeout-minutes']).toBe(15);
    expect(gh['integration']?.['timeout-minutes']).toBe(30);
    const upload = gh['unit']?.steps.find((s) => s['uses'] === 'actions/upload-artifact@v4') as { with: { path: string; name: string } };
    expect(upload.with.path.split('\n')).toEqual(['coverage/', 'reports/junit.xml']);
    expect(upload.with.name).toBe('unit.${{ strategy.job-index }}');
    const download = gh['merge']?.steps.filter((s) => s['uses'] === 'actions/download-artifact@v4');
    expect(download?.map((s) => (s['with'] as { pattern: string }).pattern)).toEqual(['unit.*', 'integration.*']);
    const gl = parse(gitlab) as Record<string, GlJob>;
    expect(gl['unit']?.timeout).toBe('15 minutes');
    expect(gl['integration']?.timeout).toBe('30 minutes');
    expect(gl['unit']?.artifacts).toEqual({ paths: ['coverage/', 'reports/junit.xml'] });
  });

  it('turns when into GitHub if and GitLab rules, repeating upstream conditions on GitLab', () => {
    const { github, gitlab } = renderBoth(PIPELINES['conditions'] as string);
    const gh = (parse(github) as { jobs: Record<string, GhJob> }).jobs;
    expect(gh['staging']?.if).toBe("github.ref == 'refs/heads/main'");
    expect(gh['production']?.if).toBe(
      "github.ref == 'refs/heads/main' && github.event_name != 'pull_request' && (startsWith(github.ref, 'refs/tags/') || vars.FORCE_DEPLOY == 'yes')",
    );
    expect(gh['fuzz']?.if).toBe("github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'");
    expect(gh['compile']?.if).toBeUndefined();
    const gl = parse(gitlab) as Record<string, GlJob>;
    expect(gl['staging']?.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == "main"' }]);
    expect(gl['fuzz']?.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule" || $CI_PIPELINE_SOURCE == "web"' }]);
    // publish-docs waits for the deploy jobs, so it exists only when they do.
    expect(gl['publish-docs']?.rules?.[0]?.if).toBe(
      '($CI_COMMIT_BRANCH == "main" || $CI_COMMIT_BRANCH == "release") && $CI_PIPELINE_SOURCE != "merge_request_event" && $CI_COMMIT_BRANCH == "main" && ($CI_COMMIT_TAG || $FORCE_DEPLOY == "yes")',
    );
    expect(gl['compile']?.rules).toBeUndefined();
  });

  it('renders mock nodes as jobs that keep their place in the graph but do not run the command', () => {
    const { github, gitlab } = renderBoth(PIPELINES['strategies'] as string);
    const gh = (parse(github) as { jobs: Record<string, GhJob> }).jobs;
    expect(gh['serena']?.steps).toHaveLength(1);
    expect(gh['serena']?.steps[0]?.['run']).toContain('mocked');
    expect((gh['serena']?.steps[0]?.['env'] as Record<string, string>)['CE_MOCKED_COMMAND']).toBe('npx serena index');
    const gl = parse(gitlab) as Record<string, GlJob>;
    expect(gl['serena']?.script).toEqual(['echo "🎭 mocked node: $CE_NODE (command not run)"']);
    expect(gl['serena']?.variables?.['CE_MOCKED_COMMAND']).toEqual({ value: 'npx serena index', expand: false });
  });

  it('renders conditional nodes as real when the condition holds and mocked otherwise', () => {
    const { github, gitlab } = renderBoth(PIPELINES['strategies'] as string);
    const gh = (parse(github) as { jobs: Record<string, GhJob> }).jobs;
    expect(gh['llm']?.if).toBeUndefined();
    const steps = gh['llm']?.steps ?? [];
    expect(steps.find((s) => s['run'] === 'npx ce generate --agent anthropic')?.['if']).toBe("${{ github.ref == 'refs/heads/main' }}");
    expect(steps.some((s) => s['if'] === "${{ !(github.ref == 'refs/heads/main') }}")).toBe(true);
    const gl = parse(gitlab) as Record<string, GlJob>;
    expect(gl['llm']?.rules).toEqual([
      { if: '$CI_COMMIT_BRANCH == "main"', variables: { CE_NODE_MODE: 'real' } },
      { when: 'on_success', variables: { CE_NODE_MODE: 'mock' } },
    ]);
    expect(gl['llm']?.script.at(-1)).toBe('npx ce generate --agent anthropic');
  });

  it('accepts when as a string, a condition key, and matrix keys that are not variable names', () => {
    const { github, gitlab } = renderBoth(PIPELINES['shorthands'] as string);
    const gh = (parse(github) as { jobs: Record<string, GhJob> }).jobs;
    expect(gh['unit']?.if).toBe(
      "(github.ref == 'refs/heads/main' || github.event_name == 'pull_request') && !startsWith(github.ref, 'refs/tags/')",
    );
    expect(gh['unit']?.strategy?.matrix).toEqual({ 'node-version': [20, 22] });
    expect(gh['unit']?.env).toBeUndefined();
    const gl = parse(gitlab) as Record<string, GlJob>;
    expect(gl['fuzz']?.rules?.map((r) => r.if)).toEqual([
      '($CI_COMMIT_BRANCH == "main" || $CI_PIPELINE_SOURCE == "merge_request_event") && ($CI_COMMIT_TAG == null || $CI_COMMIT_TAG == "") && $CI_PIPELINE_SOURCE == "schedule"',
      '($CI_COMMIT_BRANCH == "main" || $CI_PIPELINE_SOURCE == "merge_request_event") && ($CI_COMMIT_TAG == null || $CI_COMMIT_TAG == "")',
    ]);
  });

  it('gives jobs ids valid on both platforms, disambiguating repeated and reserved names', () => {
    const { plan } = renderBoth(PIPELINES['trickyCommands'] as string);
    expect(plan.jobs.map((j) => j.id)).toEqual([
      'lint-format-unit-tests',
      '_1st',
      'stages-job',
      'variables-job',
      'test-unit-tests',
      'check',
    ]);
  });

  it('orders GitLab stages so that every stage comes after the stages it depends on', () => {
    const { gitlab } = renderBoth(PIPELINES['diamond'] as string);
    expect((parse(gitlab) as { stages: string[] }).stages).toEqual(['a', 'b', 'c', 'd']);
  });

  it('needs only the last job of a sequential stage and drops stage dependencies implied by others', () => {
    const { plan } = renderBoth(PIPELINES['sequentialAndParallel'] as string);
    const needs = Object.fromEntries(plan.jobs.map((j) => [j.id, j.needs]));
    expect(needs).toEqual({
      fetch: [],
      install: ['fetch'],
      generate: ['install'],
      lint: ['generate'],
      test: ['generate'],
      version: ['lint', 'test'],
      publish: ['version'],
      slack: ['publish'],
    });
  });
});
