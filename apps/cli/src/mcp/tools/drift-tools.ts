import { z } from 'zod';
import { driftHistory, driftSummary } from '@ce/drift';
import { checkConformance } from '@ce/validate';
import { defineTool } from '../tool.js';

export const driftTools = [
  defineTool({
    name: 'validate_l4',
    description: 'L4 pattern conformance: drift 0–100 of implementation files vs EXAMPLES, with findings.',
    inputSchema: {
      prp: z.string().optional().describe('PRP file: examples and files from it'),
      examples: z.array(z.string()).optional().describe('example files or folders'),
      files: z.array(z.string()).optional().describe('implementation files or folders'),
    },
    core: true,
    handler: (args, ctx) => checkConformance({ root: ctx.root, prp: args.prp, examples: args.examples, files: args.files }),
  }),
  defineTool({
    name: 'drift_summary',
    description: 'Drift decisions of all PRPs: totals, average, distribution, top categories, trend.',
    inputSchema: {},
    core: true,
    handler: async (_args, ctx) => driftSummary(ctx.root),
  }),
  defineTool({
    name: 'drift_history',
    description: 'Drift decisions recorded in PRP headers, newest first.',
    inputSchema: { last: z.number().int().min(0).optional().describe('only the newest N') },
    core: false,
    handler: async (args, ctx) => driftHistory(ctx.root, { last: args.last }),
  }),
];
