import { loadAgent } from '@ce/agents';
import type { NodeTypes, PipelineBuilder, PipelineDefinition } from '@ce/pipeline-testing';
import { generationBuilder, type GenerationInput } from './generation-pipeline.js';
import { llmCommandAgent } from './pipeline/llm-command-agent.js';
import { nextPrpId } from './write-prp.js';

export const EXAMPLE_INITIAL = `## FEATURE

Load the application config from a YAML file, with defaults and clear errors.

- a missing file falls back to the defaults
- an unknown key is an error naming the key

## EXAMPLES

- src/config/loader.ts

## DOCUMENTATION

- \`yaml\`

## OTHER CONSIDERATIONS

Keep the loader synchronous.
`;

/**
 * PRP generation as `ce pipeline graph|run prp-generation` knows it: the very pipeline
 * `generatePrp` runs (generationBuilder), registered with @ce/pipeline-testing by the host. A run
 * renders and checks the PRP but writes nothing under PRPs/ (its id is the next free one, not
 * reserved); the synthesis uses the configured agent, or the program given with `--llm-command`.
 */
export const prpGeneration: PipelineDefinition = {
  name: 'prp-generation',
  description:
    'INITIAL.md → PRP: parse, examples, research on the code index, docs, inferred commands, synthesize, render and check the PRP',
  input: 'an INITIAL.md file',
  exampleInput: EXAMPLE_INITIAL,
  readInput: (text, source = 'INITIAL.md (built-in example)'): GenerationInput => ({ text, source }),
  create: (mode, env) =>
    generationBuilder(mode, {
      root: env.root,
      prpId: nextPrpId(env.root),
      agent: () => (env.llmCommand ? llmCommandAgent(env.llmCommand, env.root) : loadAgent(env.root)),
    }) as unknown as PipelineBuilder<NodeTypes>,
};
