import { z } from 'zod';
import { decideLevel4 } from '@ce/execute';
import { reviewPlan, validate, VALIDATION_LEVEL_CHOICES, type ValidationLevelChoice } from '@ce/validate';
import { defineTool } from '../tool.js';

const level = z.enum(VALIDATION_LEVEL_CHOICES as [ValidationLevelChoice, ...ValidationLevelChoice[]]);

export const validateTools = [
  defineTool({
    name: 'validate_plan',
    description:
      'Validation commands per level (1 lint/types, 2 unit, 3 integration) from the PRP, config or repository, each marked allowed or not.',
    inputSchema: { prp: z.string().optional().describe('PRP file') },
    core: true,
    handler: (args, ctx) => Promise.resolve(reviewPlan({ root: ctx.root, prp: args.prp })),
  }),
  defineTool({
    name: 'validate',
    description: 'Run validation gates; fix=true self-heals level 1. A PRP’s own commands run only once a person ran ce prp allow.',
    inputSchema: {
      level: level.optional().describe('default all (1 with fix); all runs level 4 only with prp or examples'),
      prp: z.string().optional(),
      fix: z.boolean().optional(),
      examples: z.array(z.string()).optional(),
      files: z.array(z.string()).optional(),
    },
    core: false,
    handler: (args, ctx) => {
      let step = 0;
      return validate({
        root: ctx.root,
        level: args.level,
        prp: args.prp,
        fix: args.fix,
        examples: args.examples,
        files: args.files,
        // The CLI's decision flow; over MCP nobody is asked, so drift at or above the threshold halts (exit 3).
        level4: () => decideLevel4({ root: ctx.root, prp: args.prp, examples: args.examples, files: args.files }),
        onEvent: (e) => {
          if (e.type === 'command-start') ctx.progress?.(`L${e.level}: ${e.command.command}`, ++step);
        },
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
    },
  }),
];
