import { allOf } from './condition-combine.js';
import { conditionToGitlab } from './condition-gitlab.js';
import type { CiExecutor, RenderContext } from './executor.js';
import type { PipelinePlan, PlanJob } from './pipeline-plan.js';
import { checkAgainstPlatformSchema } from './platform-schemas.js';
import { generatedHeader, toYaml } from './yaml-output.js';

function timeout(minutes: number): string {
  return Number.isInteger(minutes) ? `${minutes} minutes` : `${Math.round(minutes * 60)} seconds`;
}

function renderJob(job: PlanJob): Record<string, unknown> {
  const out: Record<string, unknown> = { stage: job.stage };
  // Always explicit: a job without `needs` would wait for every earlier stage, which is more than asked.
  out['needs'] = [...new Set([...job.needs, ...job.artifactsFrom])];
  const variables: Record<string, unknown> = { ...job.env };
  if (job.strategy === 'conditional' && job.condition) {
    const real = allOf([job.requiredCondition, job.condition]);
    out['rules'] = [
      { if: conditionToGitlab(real ?? job.condition), variables: { CE_NODE_MODE: 'real' } },
      job.requiredCondition
        ? { if: conditionToGitlab(job.requiredCondition), variables: { CE_NODE_MODE: 'mock' } }
        : { when: 'on_success', variables: { CE_NODE_MODE: 'mock' } },
    ];
  } else if (job.requiredCondition) {
    // Conditions of the jobs this one waits for are repeated: GitLab rejects `needs` on a job that is not in the pipeline.
    out['rules'] = [{ if: conditionToGitlab(job.requiredCondition) }];
  }
  if (job.strategy === 'mock') {
    variables['CE_NODE'] = job.name;
    if (job.commands.length > 0) variables['CE_MOCKED_COMMAND'] = { value: job.commands.join('\n'), expand: false };
  } else if (job.strategy === 'conditional') {
    variables['CE_NODE'] = job.name;
  }
  if (Object.keys(variables).length > 0) out['variables'] = variables;
  if (job.matrix) {
    const entry: Record<string, string[]> = {};
    for (const [k, values] of Object.entries(job.matrix)) entry[k] = values.map(String);
    out['parallel'] = { matrix: [entry] };
  }
  if (job.timeout !== undefined) out['timeout'] = timeout(job.timeout);
  if (job.strategy === 'mock') {
    out['script'] = ['echo "🎭 mocked node: $CE_NODE (command not run)"'];
  } else if (job.strategy === 'conditional' && job.condition) {
    out['script'] = [
      'if [ "$CE_NODE_MODE" != "real" ]; then echo "🎭 mocked node: $CE_NODE (condition false; command not run)"; exit 0; fi',
      ...job.commands,
    ];
  } else {
    out['script'] = [...job.commands];
  }
  if (job.artifacts.length > 0 && job.strategy !== 'mock') out['artifacts'] = { paths: job.artifacts };
  return out;
}

/** Renders a plan as a `.gitlab-ci.yml`. */
export function renderGitlab(plan: PipelinePlan, context: RenderContext = {}): string {
  const doc: Record<string, unknown> = { stages: plan.stages.map((s) => s.name) };
  if (Object.keys(plan.env).length > 0) doc['variables'] = plan.env;
  const defaults: Record<string, unknown> = {};
  if (plan.gitlab.image) defaults['image'] = plan.gitlab.image;
  if (plan.gitlab.before_script) defaults['before_script'] = plan.gitlab.before_script;
  if (Object.keys(defaults).length > 0) doc['default'] = defaults;
  for (const job of plan.jobs) doc[job.id] = renderJob(job);
  return toYaml(doc, generatedHeader(context.source, 'gitlab'));
}

export const gitlabExecutor: CiExecutor = {
  name: 'gitlab',
  description: 'GitLab CI/CD pipeline (.gitlab-ci.yml)',
  defaultOutput: '.gitlab-ci.yml',
  check: (content) => checkAgainstPlatformSchema('gitlab-ci', content),
  render: renderGitlab,
};
