import { z } from 'zod';
import { describeExecuteEvent, executePrp, executionMetrics } from '@ce/execute';
import { defineTool } from '../tool.js';

export const executeTools = [
  defineTool({
    name: 'execute_prp',
    description:
      'Execute a PRP: tasks → agent → gates with self-healing. agent "none": returns the next task to implement (status awaiting-implementation); call again with continue=true to run its gates. status escalated = a person must decide (decision + reason with continue).',
    inputSchema: {
      prp: z.string().describe('PRP file'),
      agent: z.string().optional().describe('adapter name or none'),
      continue: z.boolean().optional(),
      fromTask: z.string().optional(),
      dryRun: z.boolean().optional(),
      decision: z.enum(['accept', 'reject']).optional(),
      reason: z.string().optional(),
    },
    core: true,
    handler: async (args, ctx) => {
      let step = 0;
      return executePrp({
        root: ctx.root,
        prp: args.prp,
        agent: args.agent,
        continue: args.continue,
        fromTask: args.fromTask,
        dryRun: args.dryRun,
        ...(args.decision ? { decision: { decision: args.decision, reason: args.reason ?? '' } } : {}),
        onEvent: (event) => ctx.progress?.(describeExecuteEvent(event), ++step),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
    },
  }),
  defineTool({
    name: 'metrics',
    description: 'Execution metrics over all runs: first/second-pass success, self-healing, gate pass rates, time, tokens, trend.',
    inputSchema: {},
    core: true,
    handler: (_args, ctx) => Promise.resolve(executionMetrics(ctx.root)),
  }),
];
