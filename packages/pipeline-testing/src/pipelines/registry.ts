import { UsageError } from '@ce/core';
import type { PipelineDefinition } from './pipeline-definition.js';

/**
 * The pipelines `ce pipeline graph|run` know by name. Product packages own their pipelines and
 * register them here (`registerPipeline`); the framework itself holds none of its own. A Map
 * mutated in place, never reassigned.
 */
const REGISTRY = new Map<string, PipelineDefinition>();

/**
 * Makes a pipeline known by its name. Registering the same definition again is a no-op (hosts may
 * register at every command start); a different definition under a taken name is refused.
 */
export function registerPipeline(definition: PipelineDefinition): void {
  const existing = REGISTRY.get(definition.name);
  if (existing === definition) return;
  if (existing) {
    throw new UsageError('pipeline-duplicate', `a different pipeline named "${definition.name}" is already registered`, {
      hint: 'give the pipeline a name of its own',
    });
  }
  REGISTRY.set(definition.name, definition);
}

/** The registered pipelines, sorted by name. */
export function listPipelines(): { name: string; description: string; input: string }[] {
  return [...REGISTRY.values()]
    .map(({ name, description, input }) => ({ name, description, input }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The definition of a named pipeline; an unknown name is a UsageError listing the known ones. */
export function getPipelineDefinition(name: string): PipelineDefinition {
  const found = REGISTRY.get(name);
  if (!found) {
    throw new UsageError('pipeline-unknown', `there is no pipeline named "${name}"`, {
      hint: `known pipelines: ${listPipelines()
        .map((p) => p.name)
        .join(', ')}`,
    });
  }
  return found;
}
