import { prpExecution } from '@ce/execute';
import { prpGeneration } from '@ce/generate';
import { registerPipeline } from '@ce/pipeline-testing';

/**
 * Registers the pipelines that product packages own with the pipeline framework, so
 * `ce pipeline graph|run` and the pipeline MCP tools know them by name. Idempotent.
 */
export function registerProductPipelines(): void {
  registerPipeline(prpGeneration);
  registerPipeline(prpExecution);
}
