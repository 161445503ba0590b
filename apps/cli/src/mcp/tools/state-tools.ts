import { z } from 'zod';
import {
  checkpointPrp,
  cleanupPrp,
  deleteMemory,
  listCheckpointGroups,
  listMemories,
  prpStatus,
  readMemoryText,
  restoreCheckpoint,
  startPrp,
  writeMemoryText,
} from '@ce/state';
import { defineTool } from '../tool.js';

// The memory tools keep Serena's names and arguments, so `ce mcp --tools all` is itself a memory
// server for any client (including @ce/state's MCP backend). They always use the file folder.
const fileBackend = { config: { backend: 'file' as const } };

export const stateTools = [
  defineTool({
    name: 'prp_status',
    description: 'Active PRP and every PRP session (base commit, checkpoints, validation counters).',
    inputSchema: {},
    core: true,
    handler: (_args, ctx) => prpStatus(ctx.root),
  }),
  defineTool({
    name: 'checkpoint',
    description: 'Save the working tree as a git-tag checkpoint of the active (or given) PRP.',
    inputSchema: {
      phase: z.string().describe('phase name, e.g. phase-1'),
      message: z.string().optional(),
      prp_id: z.string().optional().describe('default: the active PRP'),
    },
    core: true,
    handler: (args, ctx) => checkpointPrp(ctx.root, args.phase, { prpId: args.prp_id, message: args.message }),
  }),
  defineTool({
    name: 'prp_start',
    description: 'Start a PRP (records its base commit; switch pauses the active one).',
    inputSchema: { prp_id: z.string(), switch: z.boolean().optional() },
    core: false,
    handler: (args, ctx) => startPrp(ctx.root, args.prp_id, { switch: args.switch ?? false }),
  }),
  defineTool({
    name: 'prp_restore',
    description: 'Restore the working tree to a PRP checkpoint (latest or given phase); takes a safety checkpoint first.',
    inputSchema: { prp_id: z.string(), phase: z.string().optional(), force: z.boolean().optional() },
    core: false,
    handler: (args, ctx) => restoreCheckpoint(ctx.root, args.prp_id, args.phase, { force: args.force ?? false }),
  }),
  defineTool({
    name: 'prp_list',
    description: 'Checkpoints grouped by PRP with phase, date and message.',
    inputSchema: { prp_id: z.string().optional() },
    core: false,
    handler: async (args, ctx) => ({ prps: await listCheckpointGroups(ctx.root, args.prp_id) }),
  }),
  defineTool({
    name: 'prp_cleanup',
    description: 'Cleanup protocol of a finished PRP: keep its final checkpoint, archive learnings, drop temp memories.',
    inputSchema: { prp_id: z.string() },
    core: false,
    handler: (args, ctx) => cleanupPrp(ctx.root, args.prp_id),
  }),
  defineTool({
    name: 'write_memory',
    description: 'Write a memory (markdown). Names: {prp_id}-{checkpoint|learnings|temp}-{name}, project/{name}, or any name.',
    inputSchema: { memory_name: z.string(), content: z.string() },
    core: false,
    handler: async (args, ctx) => {
      const { memory } = await writeMemoryText(ctx.root, args.memory_name, args.content, fileBackend);
      return { memory_name: memory.id, written: true };
    },
  }),
  defineTool({
    name: 'read_memory',
    description: 'Read a memory by name.',
    inputSchema: { memory_name: z.string() },
    core: false,
    handler: async (args, ctx) => {
      const { id, content } = await readMemoryText(ctx.root, args.memory_name, fileBackend);
      return { memory_name: id, content };
    },
  }),
  defineTool({
    name: 'list_memories',
    description: 'List memory names.',
    inputSchema: {},
    core: false,
    handler: async (_args, ctx) => ({ memories: (await listMemories(ctx.root, {}, fileBackend)).memories.map((m) => m.id) }),
  }),
  defineTool({
    name: 'delete_memory',
    description: 'Delete a memory by name.',
    inputSchema: { memory_name: z.string() },
    core: false,
    handler: async (args, ctx) => {
      const { id } = await deleteMemory(ctx.root, { name: args.memory_name }, fileBackend);
      return { memory_name: id, deleted: true };
    },
  }),
];
