import { resolve } from 'node:path';
import { CheckFailedError, writeFileAtomic } from '@ce/core';
import type { OutputIssue } from './executor.js';
import { resolveExecutor, type ExecutorExtension } from './executors.js';
import { loadPipelineFile, type PipelineFileOptions } from './pipeline-file.js';

/** The target rendered when none is named. */
export const DEFAULT_RENDER_TARGET = 'github';

export interface RenderOptions extends PipelineFileOptions {
  /** Executor name: github (the default), gitlab, or one from a plugin / package. */
  target?: string;
  /** Write the result here (relative to cwd) instead of only returning it. */
  out?: string;
  /** Check the output with the executor's own check (platform JSON Schema) and fail (exit 1) on problems. */
  check?: boolean;
  extensions?: readonly ExecutorExtension[];
}

export interface RenderResult {
  target: string;
  source: string;
  content: string;
  /** Absolute path written, when `out` was given. */
  written: string | undefined;
  jobs: number;
  stages: number;
  /** Problems the platform check found (only with `check`). */
  issues: OutputIssue[];
  checked: boolean;
}

/** Validates, plans and renders a pipeline file for one target; optionally checks and writes it. */
export async function renderPipelineFile(file: string | undefined, options: RenderOptions = {}): Promise<RenderResult> {
  const loaded = loadPipelineFile(file, options);
  const executor = await resolveExecutor(options.target ?? DEFAULT_RENDER_TARGET, {
    extensions: options.extensions,
    root: options.root ?? options.cwd,
  });
  const content = executor.render(loaded.plan, { source: loaded.source });
  let issues: OutputIssue[] = [];
  const checked = Boolean(options.check && executor.check);
  if (options.check && executor.check) {
    issues = await executor.check(content);
    if (issues.length > 0) {
      const first = issues[0] as OutputIssue;
      throw new CheckFailedError(
        'rendered-invalid',
        `${executor.name} output for ${loaded.source} fails the platform schema at ${first.path ?? '?'}: ${first.message}`,
        {
          file: loaded.source,
          hint: 'this is a bug in the executor; please report it with the pipeline file',
          details: { issues },
        },
      );
    }
  }
  let written: string | undefined;
  if (options.out) {
    written = resolve(options.cwd ?? process.cwd(), options.out);
    writeFileAtomic(written, content);
  }
  return {
    target: executor.name,
    source: loaded.source,
    content,
    written,
    jobs: loaded.plan.jobs.length,
    stages: loaded.plan.stages.length,
    issues,
    checked,
  };
}
