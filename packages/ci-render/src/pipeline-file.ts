import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parsePipeline, readPipelineText } from './parse-pipeline.js';
import { planPipeline, type PipelinePlan } from './pipeline-plan.js';
import type { Pipeline } from './pipeline-types.js';

/** Where the operations on a pipeline file run. */
export interface PipelineFileOptions {
  /** Directory relative paths are resolved from (default: process.cwd()). */
  cwd?: string;
  /** Repository root: the source path in rendered headers is written relative to it (default: cwd). */
  root?: string;
}

export interface LoadedPipeline {
  /** Absolute path. */
  path: string;
  /** Path relative to the repository root, with `/` (as written into rendered headers). */
  source: string;
  pipeline: Pipeline;
  plan: PipelinePlan;
}

/** The default pipeline file when none is named. */
export const DEFAULT_PIPELINE_FILE = 'ci/pipeline.yml';

/** Reads, validates (exit 2 on any problem) and plans a pipeline file. */
export function loadPipelineFile(file: string | undefined, options: PipelineFileOptions = {}): LoadedPipeline {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? cwd;
  const path = resolve(isAbsolute(file ?? '') ? (file as string) : resolve(file === undefined ? root : cwd, file ?? DEFAULT_PIPELINE_FILE));
  const rel = relative(root, path);
  const source = (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
  const text = readPipelineText(path, source);
  const pipeline = parsePipeline(text, source);
  return { path, source, pipeline, plan: planPipeline(pipeline) };
}

export interface ValidateResult {
  file: string;
  valid: true;
  name: string;
  stages: number;
  jobs: number;
  /** Stage names in the order they can run. */
  order: string[];
}

/** Validates a pipeline file: returns a summary, or throws a UsageError (exit 2) naming the path of each problem. */
export function validatePipelineFile(file: string | undefined, options: PipelineFileOptions = {}): ValidateResult {
  const loaded = loadPipelineFile(file, options);
  return {
    file: loaded.source,
    valid: true,
    name: loaded.plan.name,
    stages: loaded.plan.stages.length,
    jobs: loaded.plan.jobs.length,
    order: loaded.plan.stages.map((s) => s.name),
  };
}
