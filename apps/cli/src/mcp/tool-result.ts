import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { redactSecrets } from '@ce/core';
import { toCeError } from '../command-failure.js';

/** A tool's value as MCP sends it: structuredContent (an object) and the same JSON as text, secrets redacted. */
export function toolResult(result: unknown): CallToolResult {
  const structured =
    result !== null && typeof result === 'object' && !Array.isArray(result) ? (result as Record<string, unknown>) : { result };
  return { content: [{ type: 'text', text: redactSecrets(JSON.stringify(structured)) }], structuredContent: structured };
}

/**
 * Any failure of any tool as MCP sends it: a tool error (`isError`) whose text is what the CLI
 * prints on stderr (`error: <one line>`, then `hint: …`), and whose structuredContent is the
 * document `--json` prints (`{ error: { code, message, exitCode, hint, file } }`), so an agent
 * reads the same error over MCP as through the CLI. Mapped as the CLI maps it: a stack overflow is
 * bad input, anything that is not a CeError an internal error.
 */
export function toolError(error: unknown): CallToolResult {
  const ceError = toCeError(error);
  const text = `error: ${ceError.line}${ceError.hint ? `\nhint: ${ceError.hint}` : ''}`;
  const document = JSON.parse(redactSecrets(JSON.stringify({ error: ceError.toJSON() }))) as Record<string, unknown>;
  return { content: [{ type: 'text', text: redactSecrets(text) }], structuredContent: document, isError: true };
}
