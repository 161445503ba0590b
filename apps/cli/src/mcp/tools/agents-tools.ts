import { checkAgents } from '@ce/agents';
import { defineTool } from '../tool.js';

export const agentsTools = [
  defineTool({
    name: 'agents_check',
    description: 'Which agent adapters (claude-code, anthropic, openai-compatible, command) are usable here, and why not.',
    inputSchema: {},
    core: false,
    handler: (_args, ctx) => checkAgents(ctx.root),
  }),
];
