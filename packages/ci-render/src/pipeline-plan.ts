import type { Condition } from './condition.js';
import { allOf, whenToCondition } from './condition-combine.js';
import type { NodeStrategy, Pipeline, PipelineStage, Scalar } from './pipeline-types.js';

/**
 * One job of the rendered pipeline: a node of the abstract pipeline with everything inherited from its
 * stage resolved. Executors (built-in and plugins) render these; they need not re-derive the ordering.
 */
export interface PlanJob {
  /** Unique id, safe as a GitHub job id and a GitLab job name (`[A-Za-z_][A-Za-z0-9_-]*`). */
  id: string;
  /** The node's own name. */
  name: string;
  stage: string;
  stageIndex: number;
  nodeIndex: number;
  /** Commands, verbatim, run one after another. */
  commands: string[];
  strategy: NodeStrategy;
  /** Stage env overlaid by node env (pipeline env is PipelinePlan.env). */
  env: Record<string, string>;
  /** Stage matrix overlaid by node matrix, or undefined. */
  matrix: Record<string, Scalar[]> | undefined;
  /**
   * Stage `when` AND node `when`. For `real` and `mock` nodes: the job runs only when it holds. For a
   * `conditional` node: it runs its commands when it holds and is mocked otherwise.
   */
  condition: Condition | undefined;
  /**
   * What must hold for this job to exist at all: its own skip condition (not for `conditional` nodes)
   * AND the required conditions of every job it waits for (a job whose prerequisite was skipped is skipped).
   */
  requiredCondition: Condition | undefined;
  /** Minutes (node over stage). */
  timeout: number | undefined;
  /** Paths kept after the job (stage + node). */
  artifacts: string[];
  /** The jobs this one waits for directly — a minimal set whose transitive closure is the exact waits-for relation. */
  needs: string[];
  /**
   * Jobs whose artifacts are fetched before this one runs: those keeping artifacts in the stages its
   * stage names in `depends_on`, and (in a sequential stage) the nodes listed before it.
   */
  artifactsFrom: string[];
}

export interface PlanStage {
  name: string;
  index: number;
  parallel: boolean;
  dependsOn: string[];
  jobs: string[];
}

/** The abstract pipeline resolved into jobs with exact dependencies: what every executor renders. */
export interface PipelinePlan {
  name: string;
  description: string | undefined;
  env: Record<string, string>;
  /** Stages in a dependency order (a stage after every stage it depends on; otherwise as written). */
  stages: PlanStage[];
  /** Jobs in the same order as `stages` (and nodes within a stage as written). */
  jobs: PlanJob[];
  github: NonNullable<Pipeline['github']>;
  gitlab: NonNullable<Pipeline['gitlab']>;
}

const RESERVED_IDS = new Set([
  'image',
  'services',
  'stages',
  'types',
  'before_script',
  'after_script',
  'variables',
  'cache',
  'include',
  'default',
  'workflow',
  'spec',
  'pages',
]);

function slug(text: string): string {
  let s = text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  if (s === '') s = 'job';
  if (!/^[A-Za-z_]/.test(s)) s = `_${s}`;
  return s;
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function stringMap(map: Record<string, Scalar> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map ?? {})) out[k] = String(v);
  return out;
}

/** Stage indexes in dependency order; among ready stages the one written first goes first. */
function stageOrder(stages: PipelineStage[], indexOf: Map<string, number>): number[] {
  const indegree = stages.map((s) => new Set(asList(s.depends_on)).size);
  const dependents: number[][] = stages.map(() => []);
  stages.forEach((s, i) => {
    for (const dep of new Set(asList(s.depends_on))) dependents[indexOf.get(dep) as number]?.push(i);
  });
  // A binary heap would be O(n log n); a sorted ready list is plenty for thousands of stages.
  const ready = stages.map((_, i) => i).filter((i) => indegree[i] === 0);
  const order: number[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => a - b);
    const i = ready.shift() as number;
    order.push(i);
    for (const d of dependents[i] ?? []) {
      indegree[d] = (indegree[d] as number) - 1;
      if (indegree[d] === 0) ready.push(d);
    }
  }
  return order;
}

/**
 * Resolves a validated pipeline into jobs with exact ordering: a job waits for another only when its
 * stage depends (transitively) on the other's stage, or both are in one `parallel: false` stage with
 * the other listed first. `needs` is the transitive reduction at stage level: a parallel stage is
 * finished when all its jobs are, a sequential one when its last job is.
 */
export function planPipeline(pipeline: Pipeline): PipelinePlan {
  const stages = pipeline.stages;
  const indexOf = new Map(stages.map((s, i) => [s.stage, i]));
  const order = stageOrder(stages, indexOf);
  const position = new Map(order.map((stageIdx, pos) => [stageIdx, pos]));

  // Reachability between stages as bitsets, built in dependency order.
  const words = Math.ceil(stages.length / 32) || 1;
  const reach: Uint32Array[] = stages.map(() => new Uint32Array(words));
  const directDeps: number[][] = stages.map(() => []);
  for (const i of order) {
    const deps = [...new Set(asList(stages[i]?.depends_on))].map((d) => indexOf.get(d) as number);
    const r = reach[i] as Uint32Array;
    for (const d of deps) {
      const rd = reach[d] as Uint32Array;
      for (let w = 0; w < words; w++) r[w] = (r[w] as number) | (rd[w] as number);
      r[d >>> 5] = (r[d >>> 5] as number) | (1 << (d & 31));
    }
    // Keep a dependency only if no other dependency already reaches it.
    directDeps[i] = deps
      .filter((d) => !deps.some((o) => o !== d && (((reach[o] as Uint32Array)[d >>> 5] as number) & (1 << (d & 31))) !== 0))
      .sort((a, b) => (position.get(a) as number) - (position.get(b) as number));
  }

  // Job ids: the node name when it is unique in the pipeline, else stage-node; then made unique.
  const nameCount = new Map<string, number>();
  for (const s of stages) for (const n of s.nodes) nameCount.set(n.name, (nameCount.get(n.name) ?? 0) + 1);
  const used = new Set<string>();
  const ids: string[][] = stages.map((s) =>
    s.nodes.map((n) => {
      const base = slug((nameCount.get(n.name) ?? 0) > 1 ? `${s.stage}-${n.name}` : n.name);
      let id = RESERVED_IDS.has(base) ? `${base}-job` : base;
      for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
      used.add(id);
      return id;
    }),
  );

  const jobs: PlanJob[] = [];
  const byId = new Map<string, PlanJob>();
  const planStages: PlanStage[] = [];
  /** The jobs whose completion means "this stage is finished". */
  const sinks = (i: number): string[] => {
    const s = stages[i] as PipelineStage;
    const stageIds = ids[i] as string[];
    return s.parallel === false ? [stageIds.at(-1) as string] : stageIds;
  };
  for (const i of order) {
    const s = stages[i] as PipelineStage;
    const stageIds = ids[i] as string[];
    const sequential = s.parallel === false;
    const stageCondition = whenToCondition(s.when, s.condition);
    const upstream = (directDeps[i] ?? []).flatMap(sinks);
    s.nodes.forEach((n, j) => {
      const strategy = n.strategy ?? 'real';
      const condition = allOf([stageCondition, whenToCondition(n.when, n.condition)]);
      const needs = sequential && j > 0 ? [stageIds[j - 1] as string] : upstream;
      const matrix = s.matrix || n.matrix ? { ...s.matrix, ...n.matrix } : undefined;
      const requiredCondition = allOf([
        strategy === 'conditional' ? undefined : condition,
        ...needs.map((d) => byId.get(d)?.requiredCondition),
      ]);
      const job: PlanJob = {
        id: stageIds[j] as string,
        name: n.name,
        stage: s.stage,
        stageIndex: i,
        nodeIndex: j,
        commands: asList(n.command),
        strategy,
        env: { ...stringMap(s.env), ...stringMap(n.env) },
        matrix,
        condition,
        requiredCondition,
        timeout: n.timeout ?? s.timeout,
        artifacts: [...new Set([...asList(s.artifacts), ...asList(n.artifacts)])],
        needs,
        artifactsFrom: [],
      };
      jobs.push(job);
      byId.set(job.id, job);
    });
    planStages.push({
      name: s.stage,
      index: i,
      parallel: !sequential,
      dependsOn: (directDeps[i] ?? []).map((d) => stages[d]?.stage as string),
      jobs: stageIds,
    });
  }

  // Artifacts are fetched from the producers a job's stage names in `depends_on` (as written) and,
  // in a sequential stage, from the nodes listed before it: explicit and bounded, never the whole
  // upstream graph (which would grow quadratically and break GitLab's limit on `needs`).
  const producerIds = (i: number): string[] =>
    (stages[i] as PipelineStage).nodes.flatMap((n, j) =>
      n.strategy !== 'mock' && byId.get((ids[i] as string[])[j] as string)?.artifacts.length ? [(ids[i] as string[])[j] as string] : [],
    );
  const fromStage = new Map<number, string[]>();
  for (const job of jobs) {
    const i = job.stageIndex;
    let base = fromStage.get(i);
    if (!base) {
      base = [...new Set(asList(stages[i]?.depends_on))].flatMap((d) => producerIds(indexOf.get(d) as number));
      fromStage.set(i, base);
    }
    const earlier = stages[i]?.parallel === false ? producerIds(i).filter((id) => (byId.get(id) as PlanJob).nodeIndex < job.nodeIndex) : [];
    job.artifactsFrom = [...base, ...earlier];
  }

  return {
    name: pipeline.name ?? 'ci',
    description: pipeline.description,
    env: stringMap(pipeline.env),
    stages: planStages,
    jobs,
    github: pipeline.github ?? {},
    gitlab: pipeline.gitlab ?? {},
  };
}

/** The transitive closure of `needs`: for each job id, every job it waits for. */
export function waitsForClosure(jobs: readonly { id: string; needs: readonly string[] }[]): Map<string, Set<string>> {
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const memo = new Map<string, Set<string>>();
  const visit = (id: string, trail: Set<string>): Set<string> => {
    const known = memo.get(id);
    if (known) return known;
    if (trail.has(id)) throw new Error(`needs cycle through ${id}`);
    trail.add(id);
    const set = new Set<string>();
    for (const d of byId.get(id)?.needs ?? []) {
      set.add(d);
      for (const x of visit(d, trail)) set.add(x);
    }
    trail.delete(id);
    memo.set(id, set);
    return set;
  };
  for (const j of jobs) visit(j.id, new Set());
  return memo;
}
