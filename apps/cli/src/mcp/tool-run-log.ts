import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { RunLog, withRunLog } from '@ce/core';

/**
 * One MCP tool call as a run, logged like a CLI command (`.ce/runs/<time>-mcp-<tool>-<hex>.jsonl`):
 * its arguments (redacted), the processes, gates and agent calls it made through the run scope, its
 * error, and the end with the exit code the CLI would have given. An agent's work over MCP is as
 * auditable as a person's on the command line.
 */
export async function withToolRunLog(
  root: string,
  tool: string,
  args: unknown,
  call: () => Promise<CallToolResult>,
): Promise<CallToolResult> {
  const log = new RunLog({ command: `mcp:${tool}` });
  log.attach(root);
  log.record('info', 'start', `mcp ${tool}`, { args, pid: process.pid });
  const result = await withRunLog(log, call);
  const failure = result.isError ? (result.structuredContent?.['error'] as { exitCode?: number; code?: string } | undefined) : undefined;
  const exitCode = failure ? (failure.exitCode ?? 1) : 0;
  if (failure)
    log.record('error', 'error', String(result.content[0]?.type === 'text' ? result.content[0].text : failure.code), {
      code: failure.code,
      exitCode,
    });
  log.record(exitCode === 0 ? 'info' : 'warn', 'end', `mcp ${tool} exited ${exitCode}`, { exitCode, durationMs: log.elapsedMs });
  log.finish(exitCode === 0);
  return result;
}
