import type { z } from 'zod';

/** What every MCP tool handler gets: the repository it serves. */
export interface ToolContext {
  root: string;
  version: string;
  /** Sends an MCP progress notification when the client asked for them (a progressToken); a no-op otherwise. */
  progress?: (message: string, progress: number, total?: number) => void;
  /** Aborts when the client cancels the call: long tools pass it down so their child processes are killed. */
  signal?: AbortSignal;
}

/**
 * One MCP tool: a thin layer over the same library function its CLI command calls. Handlers
 * return plain data (sent as structuredContent and as JSON text) or throw a CeError.
 */
export interface CeTool<Shape extends z.ZodRawShape = z.ZodRawShape> {
  name: string;
  /** Keep it short: tool definitions cost the agent's context window. */
  description: string;
  inputSchema: Shape;
  /** In the default (core) set; the rest are exposed with `--tools all`. */
  core: boolean;
  /**
   * The arguments that are paths (strings or lists of strings); default PATH_ARGUMENTS. The server
   * refuses any that leaves the repository, symlinks resolved, before the handler runs.
   */
  paths?: readonly string[];
  handler: (args: z.infer<z.ZodObject<Shape>>, context: ToolContext) => Promise<unknown>;
}

/** Argument names that hold paths in ce's tools (and in the Serena-compatible ones: relative_path). */
export const PATH_ARGUMENTS: readonly string[] = [
  'file',
  'files',
  'out',
  'prp',
  'examples',
  'input',
  'record',
  'replay',
  'relative_path',
  'path',
  'initial',
];

/** Declares a tool with its argument types inferred from its schema. */
export function defineTool<Shape extends z.ZodRawShape>(tool: CeTool<Shape>): CeTool {
  return tool as unknown as CeTool;
}
