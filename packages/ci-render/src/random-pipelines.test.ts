import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  checkAgainstPlatformSchema,
  evaluateCondition,
  parsePipeline,
  planPipeline,
  renderGithub,
  renderGitlab,
  type Pipeline,
} from './index.js';
import { expectedWaitsFor, githubWaitsFor, gitlabWaitsFor, relationLines, runActionlint } from '../test/pipeline-oracle.js';

/** A small deterministic PRNG (mulberry32), so a failure can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARS = `abcXYZ019 -_:#'"{}[]&*!|>%@\`$\\/.,;=?~^()<`;
const CONDITIONS = [
  "branch == 'main'",
  "event != 'pull_request'",
  'tag',
  "!(branch == 'dev') && env.CI_FLAG == 'on'",
  "event == 'schedule' || branch == 'release'",
];

function randomPipeline(seed: number): Pipeline {
  const r = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
  const command = (): string => {
    let s = '';
    const len = 1 + Math.floor(r() * 40);
    for (let i = 0; i < len; i++) s += r() < 0.05 ? '\n' : pick([...CHARS]);
    return s.trim() === '' ? `echo ${seed}` : s;
  };
  const stageCount = 1 + Math.floor(r() * 12);
  const names = Array.from({ length: stageCount }, (_, i) => `s${i}${r() < 0.2 ? ' x' : ''}`);
  const stages = names.map((stage, i) => {
    const deps = names.slice(0, i).filter(() => r() < 0.3);
    const nodeCount = 1 + Math.floor(r() * 4);
    return {
      stage,
      ...(r() < 0.5 ? { parallel: r() < 0.5 } : {}),
      ...(deps.length > 0 ? { depends_on: deps } : {}),
      ...(r() < 0.2 ? { matrix: { v: ['1', '2'] } } : {}),
      ...(r() < 0.2 ? { when: { condition: pick(CONDITIONS) } } : {}),
      ...(r() < 0.2 ? { artifacts: [`out/${i}/`] } : {}),
      nodes: Array.from({ length: nodeCount }, (_, j) => {
        const strategy = pick(['real', 'real', 'real', 'mock', 'conditional'] as const);
        return {
          name: j === 0 && r() < 0.5 ? 'job' : `n${j}`,
          command: r() < 0.2 ? [command(), command()] : command(),
          ...(strategy !== 'real' ? { strategy } : {}),
          ...(strategy === 'conditional' || r() < 0.15 ? { when: { branch: pick(['main', 'dev']) } } : {}),
          ...(r() < 0.2 ? { env: { LEVEL: `n${j}` } } : {}),
          ...(r() < 0.1 ? { timeout: 1 + Math.floor(r() * 60) } : {}),
        };
      }),
    };
  });
  // List stages in a random order: depends_on may point forward.
  for (let i = stages.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [stages[i], stages[j]] = [stages[j] as (typeof stages)[number], stages[i] as (typeof stages)[number]];
  }
  return { name: `random-${seed}`, stages };
}

const SEEDS = Array.from({ length: 40 }, (_, i) => 1000 + i * 7919);

describe('randomly generated pipelines (seeded)', () => {
  it.each(SEEDS)('seed %i: valid output on both platforms, exact ordering, verbatim commands', async (seed) => {
    const pipeline = parsePipeline(stringify(randomPipeline(seed)), `random-${seed}.yml`);
    const plan = planPipeline(pipeline);
    const github = renderGithub(plan);
    const gitlab = renderGitlab(plan);
    expect(checkAgainstPlatformSchema('github-workflow', github)).toEqual([]);
    expect(checkAgainstPlatformSchema('gitlab-ci', gitlab)).toEqual([]);
    if (seed % 4 === 0) expect(await runActionlint(github)).toEqual([]);
    const expected = relationLines(expectedWaitsFor(pipeline));
    expect(relationLines(githubWaitsFor(github, plan))).toEqual(expected);
    expect(relationLines(gitlabWaitsFor(gitlab, plan))).toEqual(expected);

    const gh = parse(github) as { jobs: Record<string, { steps: { run?: string }[] }> };
    const gl = parse(gitlab) as Record<string, { script?: string[] }>;
    for (const job of plan.jobs) {
      if (job.strategy === 'mock') continue;
      const runs = (gh.jobs[job.id]?.steps ?? []).map((s) => s.run);
      for (const c of job.commands) {
        expect(runs).toContain(c);
        expect(gl[job.id]?.script).toContain(c);
      }
    }
  });

  it.each(SEEDS.slice(0, 10))('seed %i: a job exists on GitLab only when every job it needs exists', (seed) => {
    const plan = planPipeline(parsePipeline(stringify(randomPipeline(seed))));
    const byId = new Map(plan.jobs.map((j) => [j.id, j]));
    const contexts = ['main', 'dev', 'release'].flatMap((branch) =>
      ['push', 'pull_request', 'schedule'].flatMap((event) => [
        { branch, event, env: {} },
        { branch, event, tag: 'v1', env: { CI_FLAG: 'on' } },
      ]),
    );
    for (const ctx of contexts) {
      for (const job of plan.jobs) {
        if (!evaluateCondition(job.requiredCondition, ctx)) continue;
        for (const need of [...job.needs, ...job.artifactsFrom])
          expect(evaluateCondition(byId.get(need)?.requiredCondition, ctx)).toBe(true);
      }
    }
  });
});
