// @ce/ci-render: one abstract CI pipeline, validated, planned with exact ordering, rendered to
// GitHub Actions, GitLab CI or a plugin's platform, and runnable on this machine.
export type {
  Pipeline,
  PipelineStage,
  PipelineNode,
  NodeStrategy,
  WhenSpec,
  Scalar,
  GithubSettings,
  GitlabSettings,
} from './pipeline-types.js';
export { pipelineSchema } from './pipeline-schema.js';
export { formatPath, formatIssue, type PipelineIssue } from './pipeline-issues.js';
export { checkPipelineText, parsePipeline, type PipelineCheck } from './parse-pipeline.js';
export type { Condition, ConditionVariable, ConditionContext } from './condition.js';
export { parseCondition, ConditionSyntaxError } from './condition-parser.js';
export { whenToCondition } from './condition-combine.js';
export { evaluateCondition } from './condition-evaluator.js';
export { conditionToGithub } from './condition-github.js';
export { conditionToGitlab } from './condition-gitlab.js';
export { planPipeline, waitsForClosure, type PipelinePlan, type PlanJob, type PlanStage } from './pipeline-plan.js';
export { isCiExecutor, type CiExecutor, type RenderContext, type OutputIssue } from './executor.js';
export { githubExecutor, renderGithub } from './github-executor.js';
export { gitlabExecutor, renderGitlab } from './gitlab-executor.js';
export { builtinExecutors, resolveExecutor, availableExecutors, type ExecutorExtension, type ResolveExecutorOptions } from './executors.js';
export { checkAgainstPlatformSchema, platformSchemaPath, type PlatformSchema } from './platform-schemas.js';
export {
  loadPipelineFile,
  validatePipelineFile,
  DEFAULT_PIPELINE_FILE,
  type LoadedPipeline,
  type PipelineFileOptions,
  type ValidateResult,
} from './pipeline-file.js';
export { renderPipelineFile, DEFAULT_RENDER_TARGET, type RenderOptions, type RenderResult } from './render-pipeline.js';
export { diffPipelineFile, lineDiff, type DiffOptions, type DiffResult, type TargetDiff } from './diff-pipeline.js';
export {
  runPlan,
  runPipelineFile,
  type LocalRunOptions,
  type LocalRunResult,
  type LocalJobResult,
  type LocalInstanceResult,
  type LocalStatus,
  type LocalRunEvent,
} from './run-pipeline.js';
