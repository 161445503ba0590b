import { z } from 'zod';
import {
  contextHealth,
  findReferencingSymbols,
  findSymbol,
  getSymbolsOverview,
  searchForPattern,
  SYMBOL_KINDS,
  syncIndex,
} from '@ce/context';
import { defineTool } from '../tool.js';

const kinds = z.array(z.enum(SYMBOL_KINDS)).optional().describe('only these kinds');

/** Code-intelligence tools under the names agents know from Serena, plus sync and health. */
export const contextTools = [
  defineTool({
    name: 'find_symbol',
    description: 'Find code symbols by name path (`run`, `Runner/run`, `/Runner/run`); optional substring match, kinds, body.',
    inputSchema: {
      name_path: z.string().describe('name or name path'),
      substring_matching: z.boolean().optional(),
      include_kinds: kinds,
      relative_path: z.string().optional().describe('restrict to a file or folder'),
      include_body: z.boolean().optional(),
      depth: z.number().int().min(0).max(1).optional().describe('1 = list direct children'),
      max_results: z.number().int().min(1).optional().describe('default 100'),
    },
    core: true,
    handler: (args, ctx) =>
      findSymbol(ctx.root, {
        namePath: args.name_path,
        substring: args.substring_matching,
        ...(args.include_kinds ? { kinds: args.include_kinds } : {}),
        ...(args.relative_path ? { path: args.relative_path } : {}),
        includeBody: args.include_body,
        includeChildren: (args.depth ?? 0) > 0,
        maxResults: args.max_results,
      }),
  }),
  defineTool({
    name: 'get_symbols_overview',
    description: 'Top-level symbols (with direct children) of a file or of each file in a folder.',
    inputSchema: { relative_path: z.string().describe('file or folder') },
    core: true,
    handler: (args, ctx) => getSymbolsOverview(ctx.root, { path: args.relative_path }),
  }),
  defineTool({
    name: 'search_for_pattern',
    description: 'Regex search over the repository files (gitignore respected), with path globs and context lines.',
    inputSchema: {
      substring_pattern: z.string().describe('regular expression (RE2: no backreferences or lookaround)'),
      paths_include_glob: z.string().optional(),
      paths_exclude_glob: z.string().optional(),
      context_lines_before: z.number().int().min(0).optional(),
      context_lines_after: z.number().int().min(0).optional(),
      max_results: z.number().int().min(1).optional(),
    },
    core: true,
    handler: (args, ctx) =>
      searchForPattern(ctx.root, {
        pattern: args.substring_pattern,
        ...(args.paths_include_glob ? { paths: [args.paths_include_glob] } : {}),
        ...(args.paths_exclude_glob ? { exclude: [args.paths_exclude_glob] } : {}),
        contextBefore: args.context_lines_before,
        contextAfter: args.context_lines_after,
        maxResults: args.max_results,
      }),
  }),
  defineTool({
    name: 'find_referencing_symbols',
    description: 'Places that reference a symbol (best effort, by identifier), each with its enclosing symbol.',
    inputSchema: {
      name_path: z.string(),
      relative_path: z.string().optional().describe('file that defines the symbol'),
      max_results: z.number().int().min(1).optional(),
    },
    core: false,
    handler: (args, ctx) =>
      findReferencingSymbols(ctx.root, {
        namePath: args.name_path,
        ...(args.relative_path ? { path: args.relative_path } : {}),
        maxResults: args.max_results,
      }),
  }),
  defineTool({
    name: 'context_sync',
    description: 'Update the code index incrementally since the last sync.',
    inputSchema: { full: z.boolean().optional() },
    core: false,
    handler: (args, ctx) =>
      syncIndex(ctx.root, {
        full: args.full,
        onProgress: (done, total) => ctx.progress?.('context sync: files', done, total),
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      }),
  }),
  defineTool({
    name: 'context_health',
    description: 'Context drift score 0–100 (changed files, stale memories, dependency changes, uncommitted work) with recommendations.',
    inputSchema: {},
    core: false,
    handler: (_args, ctx) => contextHealth(ctx.root),
  }),
];
