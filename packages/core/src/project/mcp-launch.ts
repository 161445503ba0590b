import { parse as parseShell } from 'shell-quote';
import { UsageError } from '../errors/index.js';

/** How an agent starts ce's MCP server: the program and its arguments, run without a shell. */
export interface McpLaunch {
  command: string;
  args: string[];
}

/** The name under which ce's server appears in every agent's MCP configuration. */
export const MCP_SERVER_NAME = 'ce';

/**
 * `ce mcp` with `ce` found on PATH (after `npm i -g @ce/cli` or `npm link`): a file committed to
 * a repository must work on every clone, so it cannot name a path on one machine. Never `npx ce`,
 * which fetches an unrelated npm package named `ce`. See docs/decisions.md.
 */
export const DEFAULT_MCP_LAUNCH: McpLaunch = { command: 'ce', args: ['mcp'] };

/**
 * The launch for `--mcp-command "node_modules/.bin/ce mcp"`: split like a shell would (quotes
 * respected) but never run through one; operators, globs and variables are refused.
 */
export function parseMcpLaunch(text: string | undefined): McpLaunch {
  if (text === undefined) return DEFAULT_MCP_LAUNCH;
  const words = parseShell(text);
  if (words.length === 0 || !words.every((word): word is string => typeof word === 'string')) {
    throw new UsageError('bad-mcp-command', `--mcp-command "${text}" must be a program and its arguments`, {
      hint: 'for example --mcp-command "node_modules/.bin/ce mcp"; no pipes, redirections or globs',
    });
  }
  const [command, ...args] = words;
  return { command: command!, args };
}
