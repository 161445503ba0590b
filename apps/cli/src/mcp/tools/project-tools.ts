import { z } from 'zod';
import { AGENT_NAMES, initProject, loadConfig } from '@ce/core';
import { defineTool } from '../tool.js';

export const projectTools = [
  defineTool({
    name: 'init',
    description: "Set up ce in the repository: config, PRP templates, and each coding agent's commands and MCP entry. Idempotent.",
    inputSchema: {
      force: z.boolean().optional().describe('overwrite files that differ from the defaults'),
      agents: z
        .array(z.string())
        .optional()
        .describe(`agents to set up: ${AGENT_NAMES.join(', ')} or all (default: those already used here, else claude-code)`),
      mcpCommand: z.string().optional().describe('how agents start the ce MCP server (default: ce mcp)'),
    },
    core: true,
    handler: (args, ctx) =>
      initProject(ctx.root, {
        force: args.force ?? false,
        ...(args.agents ? { agents: args.agents } : {}),
        ...(args.mcpCommand ? { mcpCommand: args.mcpCommand } : {}),
      }),
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
