import type { Condition } from './condition.js';
import { conditionToGithub } from './condition-github.js';
import type { CiExecutor, RenderContext } from './executor.js';
import type { PipelinePlan, PlanJob } from './pipeline-plan.js';
import { checkAgainstPlatformSchema } from './platform-schemas.js';
import { generatedHeader, toYaml } from './yaml-output.js';

type Step = Record<string, unknown>;

function expression(condition: Condition): string {
  return conditionToGithub(condition);
}

function wrapped(condition: Condition): string {
  return `\${{ ${conditionToGithub(condition)} }}`;
}

function commandSteps(job: PlanJob, extra: Step = {}): Step[] {
  // One command: the step is named after the node; several: GitHub names each step after its command.
  return job.commands.map((run) => ({ ...(job.commands.length === 1 ? { name: job.name } : {}), ...extra, run }));
}

function artifactName(job: PlanJob): string {
  return job.matrix ? `${job.id}.\${{ strategy.job-index }}` : `${job.id}.0`;
}

function renderJob(job: PlanJob, plan: PipelinePlan): Record<string, unknown> {
  const out: Record<string, unknown> = { name: `${job.stage} / ${job.name}` };
  if (job.needs.length > 0) out['needs'] = job.needs;
  // GitHub skips a job whose `needs` were skipped, so only the job's own condition is written here.
  if (job.condition && job.strategy !== 'conditional') {
    const text = expression(job.condition);
    out['if'] = text.startsWith('!') ? wrapped(job.condition) : text;
  }
  out['runs-on'] = plan.github.runs_on ?? 'ubuntu-latest';
  if (job.timeout !== undefined) out['timeout-minutes'] = job.timeout;
  if (job.matrix) out['strategy'] = { 'fail-fast': false, matrix: job.matrix };
  const env: Record<string, string> = { ...job.env };
  // Matrix values reach commands as environment variables, as they do on GitLab (keys that are valid names).
  for (const key of Object.keys(job.matrix ?? {}))
    if (!(key in env) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) env[key] = `\${{ matrix.${key} }}`;
  if (Object.keys(env).length > 0) out['env'] = env;

  if (job.strategy === 'mock') {
    const mockEnv: Record<string, string> = { CE_NODE: job.name };
    if (job.commands.length > 0) mockEnv['CE_MOCKED_COMMAND'] = job.commands.join('\n');
    out['steps'] = [{ name: `🎭 ${job.name} (mocked)`, env: mockEnv, run: 'echo "🎭 mocked node: $CE_NODE (command not run)"' }];
    return out;
  }
  const steps: Step[] = [{ uses: 'actions/checkout@v4' }, ...(plan.github.setup ?? [])];
  for (const producer of job.artifactsFrom) {
    steps.push({
      name: `Fetch artifacts of ${producer}`,
      uses: 'actions/download-artifact@v4',
      with: { pattern: `${producer}.*`, 'merge-multiple': true },
    });
  }
  const realIf = job.strategy === 'conditional' && job.condition ? { if: wrapped(job.condition) } : {};
  if (job.strategy === 'conditional' && job.condition) {
    steps.push({
      name: `🎭 ${job.name} (mocked: condition false)`,
      if: `\${{ !(${expression(job.condition)}) }}`,
      env: { CE_NODE: job.name },
      run: 'echo "🎭 mocked node: $CE_NODE (condition false; command not run)"',
    });
  }
  steps.push(...commandSteps(job, realIf));
  if (job.artifacts.length > 0) {
    steps.push({
      name: 'Keep artifacts',
      ...realIf,
      uses: 'actions/upload-artifact@v4',
      with: { name: artifactName(job), path: job.artifacts.join('\n') },
    });
  }
  out['steps'] = steps;
  return out;
}

/** Renders a plan as a GitHub Actions workflow. */
export function renderGithub(plan: PipelinePlan, context: RenderContext = {}): string {
  const jobs: Record<string, unknown> = {};
  for (const job of plan.jobs) jobs[job.id] = renderJob(job, plan);
  const workflow: Record<string, unknown> = {
    name: plan.name,
    on: plan.github.on ?? { push: null, pull_request: null },
    permissions: { contents: 'read' },
  };
  if (Object.keys(plan.env).length > 0) workflow['env'] = plan.env;
  workflow['jobs'] = jobs;
  return toYaml(workflow, generatedHeader(context.source, 'github'), ['on']);
}

export const githubExecutor: CiExecutor = {
  name: 'github',
  description: 'GitHub Actions workflow',
  defaultOutput: '.github/workflows/ci.yml',
  check: (content) => checkAgainstPlatformSchema('github-workflow', content),
  render: renderGithub,
};
