import { isDeepStrictEqual } from 'node:util';
import type * as SmolToml from 'smol-toml';
import { lazyDependency } from '../lazy-dependency.js';
import { UsageError } from '../errors/index.js';
import { readRepoFile, KEPT_NOTE, type FileChange } from './file-change.js';
import { MCP_SERVER_NAME, type McpLaunch } from './mcp-launch.js';

const toml = lazyDependency<typeof SmolToml>('smol-toml');

const TABLE = `mcp_servers.${MCP_SERVER_NAME}`;

/** The `[mcp_servers.ce]` table for Codex's config.toml, as the exact lines a person can paste. */
export function codexMcpTable(launch: McpLaunch): string {
  return `[${TABLE}]\ncommand = ${JSON.stringify(launch.command)}\nargs = [${launch.args.map((a) => JSON.stringify(a)).join(', ')}]\n`;
}

/**
 * Adds `[mcp_servers.ce]` to a TOML configuration without touching the rest of it: the table is
 * appended (or, with force, its own lines replaced), and the result is parsed again to prove it
 * holds exactly the wanted server before anything is written.
 */
export function planTomlMcpEntry(root: string, path: string, launch: McpLaunch, force: boolean): FileChange {
  const wanted = { command: launch.command, args: launch.args };
  const current = readRepoFile(root, path);
  if (current === undefined) return { path, action: 'created', text: codexMcpTable(launch) };
  const existing = readTomlServers(current, path)?.[MCP_SERVER_NAME];
  if (isDeepStrictEqual(existing, wanted)) return { path, action: 'unchanged' };
  if (existing !== undefined && !force) return { path, action: 'kept', note: `its [${TABLE}] ${KEPT_NOTE}` };
  const text = existing === undefined ? appendTable(current, launch) : replaceTable(current, launch, path);
  if (!isDeepStrictEqual(readTomlServers(text, path)?.[MCP_SERVER_NAME], wanted)) {
    throw new UsageError('bad-mcp-config', `${path}: cannot add [${TABLE}] without rewriting the file's own tables`, {
      file: path,
      hint: `add these lines by hand:\n${codexMcpTable(launch)}`,
    });
  }
  return { path, action: 'updated', text, note: `set [${TABLE}]` };
}

/** The `mcp_servers` table of a TOML configuration (undefined when absent); bad input when malformed. */
export function readTomlServers(text: string, path: string): Record<string, unknown> | undefined {
  let value: Record<string, unknown>;
  try {
    value = toml().parse(text) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof toml().TomlError ? `:${error.line}` : '';
    throw new UsageError('bad-mcp-config', `${path}${where}: not valid TOML (${firstLine(error)})`, { file: path });
  }
  const servers = value['mcp_servers'];
  if (servers === undefined) return undefined;
  if (typeof servers !== 'object' || servers === null || Array.isArray(servers)) {
    throw new UsageError('bad-mcp-config', `${path}: mcp_servers must be a table`, { file: path });
  }
  return servers as Record<string, unknown>;
}

function appendTable(current: string, launch: McpLaunch): string {
  const separator = current.length === 0 ? '' : current.endsWith('\n\n') ? '' : current.endsWith('\n') ? '\n' : '\n\n';
  return `${current}${separator}${codexMcpTable(launch)}`;
}

/** Replaces the lines of a `[mcp_servers.ce]` table header up to the next table header. */
function replaceTable(current: string, launch: McpLaunch, path: string): string {
  const lines = current.split('\n');
  const start = lines.findIndex((line) => line.trim().replace(/\s+/g, '') === `[${TABLE}]`);
  if (start === -1) {
    throw new UsageError('bad-mcp-config', `${path}: the "${MCP_SERVER_NAME}" server is not a [${TABLE}] table; edit it by hand`, {
      file: path,
    });
  }
  let end = start + 1;
  while (end < lines.length && !/^\s*\[/.test(lines[end]!)) end += 1;
  const replacement = codexMcpTable(launch).trimEnd().split('\n');
  const trailingBlank =
    lines
      .slice(start + 1, end)
      .at(-1)
      ?.trim() === ''
      ? ['']
      : [];
  return [...lines.slice(0, start), ...replacement, ...trailingBlank, ...lines.slice(end)].join('\n');
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
