import { z } from 'zod';
import { ADAPTER_NAMES, type AdapterName } from '@ce/agents';
import { checkPrp, resolveInRepo } from '@ce/core';
import { generatePrp } from '@ce/generate';
import { defineTool } from '../tool.js';

const STEPS = ['sync', 'parse', 'research', 'docs', 'facts', 'synthesize'];
/** Paths from an MCP client are confined to the repository. */
const inRepo = (root: string, file: string): string => resolveInRepo(root, file, 'file');

export const generateTools = [
  defineTool({
    name: 'generate_prp',
    description:
      'INITIAL.md → a researched PRP under PRPs/ (files to change, code excerpts, docs, validation commands); returns its path and completeness.',
    inputSchema: {
      initial: z.string().describe('the INITIAL.md, relative to the repository'),
      sync: z.boolean().optional().describe('run context auto-sync --pre first (default true)'),
      agent: z
        .enum(ADAPTER_NAMES as [AdapterName, ...AdapterName[]])
        .optional()
        .describe('agent adapter (default: configured)'),
    },
    core: true,
    handler: (args, ctx) =>
      generatePrp({
        root: ctx.root,
        initial: inRepo(ctx.root, args.initial),
        ...(args.sync !== undefined ? { sync: args.sync } : {}),
        ...(args.agent ? { agentName: args.agent } : {}),
        onStep: (step, phase) => {
          if (phase === 'start') ctx.progress?.(`generate: ${step}`, Math.max(0, STEPS.indexOf(step)), STEPS.length);
        },
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      }),
  }),
  defineTool({
    name: 'prp_check',
    description: 'Is a PRP executable? Findings by line (header, sections, tasks, files, commands) and completeness 0–100.',
    inputSchema: { file: z.string().describe('the PRP file, relative to the repository') },
    core: true,
    handler: async (args, ctx) => checkPrp({ root: ctx.root, file: inRepo(ctx.root, args.file) }),
  }),
];
