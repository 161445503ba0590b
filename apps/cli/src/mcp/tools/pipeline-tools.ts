import { z } from 'zod';
import { namedPipelineGraph, runNamedPipeline, PIPELINE_MODES } from '@ce/pipeline-testing';
import { registerProductPipelines } from '../../product-pipelines.js';
import { defineTool } from '../tool.js';

const mode = z.enum(PIPELINE_MODES as [string, ...string[]]);

export const pipelineTools = [
  defineTool({
    name: 'pipeline_graph',
    description: 'A named pipeline (prp-generation, prp-execution) as Mermaid, with its mocked nodes per mode.',
    inputSchema: { name: z.string().describe('pipeline name'), mode: mode.optional().describe('unit | integration | e2e (default unit)') },
    core: false,
    handler: async (args, ctx) => {
      registerProductPipelines();
      return namedPipelineGraph(args.name, { mode: (args.mode ?? 'unit') as 'unit', root: ctx.root });
    },
  }),
  defineTool({
    name: 'pipeline_run',
    description: 'Run a named pipeline in a mode; states mocked nodes, node timings and tokens (vs a replayed recording).',
    inputSchema: {
      name: z.string().describe('pipeline name'),
      mode: mode.optional().describe('unit | integration | e2e (default unit)'),
      input: z.string().optional().describe('input file, relative to the repository'),
      record: z.string().optional().describe('fixture file to record external calls to'),
      replay: z.string().optional().describe('fixture file to replay external calls from'),
    },
    core: false,
    handler: (args, ctx) => {
      registerProductPipelines();
      return runNamedPipeline(ctx.root, args.name, {
        mode: (args.mode ?? 'unit') as 'unit',
        ...(args.input ? { inputFile: args.input } : {}),
        ...(args.record ? { record: args.record } : {}),
        ...(args.replay ? { replay: args.replay } : {}),
      });
    },
  }),
];
