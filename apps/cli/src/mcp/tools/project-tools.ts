import { z } from 'zod';
import { initProject, loadConfig } from '@ce/core';
import { defineTool } from '../tool.js';

export const projectTools = [
  defineTool({
    name: 'init',
    description: 'Set up ce in the repository (config, PRP templates, slash commands). Idempotent.',
    inputSchema: { force: z.boolean().optional().describe('overwrite files that differ from the defaults') },
    core: true,
    handler: (args, ctx) => initProject(ctx.root, { force: args.force ?? false }),
  }),
  defineTool({
    name: 'status',
    description: 'ce version, repository root and effective configuration.',
    inputSchema: {},
    core: true,
    handler: async (_args, ctx) => {
      const loaded = loadConfig(ctx.root);
      return { version: ctx.version, root: ctx.root, configFile: loaded.exists ? loaded.file : null, config: loaded.config };
    },
  }),
];
