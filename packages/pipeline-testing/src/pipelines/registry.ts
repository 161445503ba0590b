import { UsageError } from '@ce/core';
import type { PipelineDefinition } from './pipeline-definition.js';
import { prpExecution } from './prp-execution.js';
import { prpGeneration } from './prp-generation.js';

const REGISTRY: readonly PipelineDefinition[] = [prpGeneration, prpExecution];

/** The pipelines `ce pipeline graph|run` know by name. */
export function listPipelines(): { name: string; description: string; input: string }[] {
  return REGISTRY.map(({ name, description, input }) => ({ name, description, input }));
}

/** The definition of a named pipeline; an unknown name is a UsageError listing the known ones. */
export function getPipelineDefinition(name: string): PipelineDefinition {
  const found = REGISTRY.find((p) => p.name === name);
  if (!found) {
    throw new UsageError('pipeline-unknown', `there is no pipeline named "${name}"`, {
      hint: `known pipelines: ${REGISTRY.map((p) => p.name).join(', ')}`,
    });
  }
  return found;
}
