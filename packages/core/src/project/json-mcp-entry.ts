import { isDeepStrictEqual } from 'node:util';
import type * as Jsonc from 'jsonc-parser';
import { lazyDependency } from '../lazy-dependency.js';
import { UsageError } from '../errors/index.js';
import { isRecord } from '../documents/as-record.js';
import { readRepoFile, KEPT_NOTE, type FileChange } from './file-change.js';
import { setJsonMember } from './json-text-edit.js';
import { MCP_SERVER_NAME } from './mcp-launch.js';

const jsonc = lazyDependency<typeof Jsonc>('jsonc-parser');

/** A JSON (with comments) MCP configuration: the file and the key holding the servers by name. */
export interface JsonMcpTarget {
  path: string;
  /** `mcpServers` (Claude Code, Cursor, Gemini CLI) or `servers` (VS Code). */
  key: string;
}

/**
 * Adds ce's server to a JSON MCP configuration by editing the text at the syntax tree's offsets, so
 * every other server, comment and the file's own indentation stay byte for byte.
 * A file that does not parse is bad input naming it; nothing is written then.
 */
export function planJsonMcpEntry(root: string, target: JsonMcpTarget, entry: Record<string, unknown>, force: boolean): FileChange {
  const { path, key } = target;
  const current = readRepoFile(root, path);
  if (current === undefined || current.trim() === '') {
    const text = `${JSON.stringify({ [key]: { [MCP_SERVER_NAME]: entry } }, null, 2)}\n`;
    return { path, action: current === undefined ? 'created' : 'updated', text };
  }
  const existing = readJsonServers(current, target)?.[MCP_SERVER_NAME];
  if (isDeepStrictEqual(existing, entry)) return { path, action: 'unchanged' };
  if (existing !== undefined && !force) return { path, action: 'kept', note: `its "${MCP_SERVER_NAME}" server ${KEPT_NOTE}` };
  const text = setJsonMember(current, key, MCP_SERVER_NAME, entry);
  return { path, action: 'updated', text, note: `set the "${MCP_SERVER_NAME}" server` };
}

/** The servers object of a JSON MCP configuration (undefined when absent); bad input when malformed. */
export function readJsonServers(text: string, { path, key }: JsonMcpTarget): Record<string, unknown> | undefined {
  if (text.trim() === '') return undefined;
  const errors: Jsonc.ParseError[] = [];
  const value: unknown = jsonc().parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const line = text.slice(0, first.offset).split('\n').length;
    const problem = jsonc().printParseErrorCode(first.error);
    throw new UsageError('bad-mcp-config', `${path}:${line}: not valid JSON (${problem})`, {
      file: path,
      hint: 'fix the file, or move it away and run again',
    });
  }
  if (!isRecord(value)) throw notAnObject(path, 'the file');
  const servers = value[key];
  if (servers === undefined) return undefined;
  if (!isRecord(servers)) throw notAnObject(path, `"${key}"`);
  return servers;
}

function notAnObject(path: string, what: string): UsageError {
  return new UsageError('bad-mcp-config', `${path}: ${what} must be a JSON object`, { file: path });
}
