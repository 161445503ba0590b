import { z } from 'zod';
import { diffPipelineFile, renderPipelineFile, runPipelineFile, validatePipelineFile } from '@ce/ci-render';
import { defineTool } from '../tool.js';

const file = z.string().optional().describe('pipeline file, relative to the repository (default ci/pipeline.yml)');

export const ciTools = [
  defineTool({
    name: 'ci_validate',
    description: 'Validate an abstract CI pipeline; errors name their path (stages[2].depends_on[0]).',
    inputSchema: { file },
    core: false,
    handler: async (args, ctx) => validatePipelineFile(args.file, { cwd: ctx.root, root: ctx.root }),
  }),
  defineTool({
    name: 'ci_render',
    description: 'Render the abstract pipeline for github or gitlab (or a plugin target); optionally write it.',
    inputSchema: {
      file,
      target: z.string().optional().describe('github (default) | gitlab | plugin target'),
      out: z.string().optional().describe('write the result to this file (relative to the repository)'),
      check: z.boolean().optional().describe('validate against the platform JSON Schema'),
    },
    core: false,
    handler: (args, ctx) =>
      renderPipelineFile(args.file, { cwd: ctx.root, root: ctx.root, target: args.target, out: args.out, check: args.check }),
  }),
  defineTool({
    name: 'ci_diff',
    description: 'Compare rendered CI files with those on disk; upToDate false when they differ.',
    inputSchema: { file, targets: z.array(z.string()).optional().describe('default github and gitlab') },
    core: false,
    handler: (args, ctx) => diffPipelineFile(args.file, { cwd: ctx.root, root: ctx.root, targets: args.targets }),
  }),
  defineTool({
    name: 'ci_run_local',
    description: 'Run the pipeline on this machine respecting dependencies; mock nodes are not run.',
    inputSchema: {
      file,
      branch: z.string().optional().describe('branch conditions see (default: checked-out branch)'),
      event: z.string().optional().describe('event conditions see (default push)'),
    },
    core: false,
    handler: (args, ctx) => {
      let step = 0;
      return runPipelineFile(args.file, {
        cwd: ctx.root,
        root: ctx.root,
        branch: args.branch,
        event: args.event,
        onEvent: (e) => {
          if (e.type === 'start') ctx.progress?.(`start ${e.job.name}`, ++step);
        },
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
    },
  }),
];
