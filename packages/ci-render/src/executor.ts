import type { PipelinePlan } from './pipeline-plan.js';

/** What an executor is told besides the plan. */
export interface RenderContext {
  /** The pipeline file as the user named it (relative to the repository root), for the header. */
  source?: string;
}

/** A problem found in rendered output by a platform schema or linter. */
export interface OutputIssue {
  /** Where in the rendered document (JSON pointer or line), when known. */
  path?: string;
  line?: number;
  message: string;
}

/**
 * A CI executor renders the resolved pipeline for one platform. Built in: `github`, `gitlab`.
 * Third-party executors implement this and are found through a ce plugin (`ce:register` hook,
 * kind `ci-executor`) or by package name (`--target some-package`, `ce-ci-executor-<name>`).
 */
export interface CiExecutor {
  /** The name users select it by: `--target <name>`. */
  readonly name: string;
  readonly description: string;
  /** Where the platform expects the file, relative to the repository root (used by `ce ci diff`). */
  readonly defaultOutput?: string;
  /** Renders the plan to the platform's file content. Pure: no I/O. */
  render(plan: PipelinePlan, context: RenderContext): string;
  /** Optional: checks rendered content (e.g. against the platform's JSON Schema). Empty list = valid. */
  check?(content: string): OutputIssue[] | Promise<OutputIssue[]>;
}

/** Is this value usable as an executor (for plugin-supplied values)? */
export function isCiExecutor(value: unknown): value is CiExecutor {
  const v = value as Partial<CiExecutor> | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.render === 'function';
}
