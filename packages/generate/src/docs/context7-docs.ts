import type { LibraryDocs } from './local-docs.js';

export interface Context7Options {
  /** The command that starts the Context7 MCP server over stdio (`context7.command`). */
  command: string;
  args?: string[];
  cwd: string;
}

interface ToolResult {
  content?: Array<{ type: string; text?: string }>;
  isError?: boolean;
}

const textOf = (result: ToolResult): string =>
  (result.content ?? [])
    .filter((c) => c.type === 'text')
    .map((c) => c.text ?? '')
    .join('');

/** The first library id in a `resolve-library-id` answer (`- Context7-compatible library ID: /vercel/next.js`). */
export function firstLibraryId(answer: string): string | undefined {
  return /library ID:\s*(\/[\w.-]+\/[\w.-]+(?:\/[\w.-]+)?)/i.exec(answer)?.[1];
}

/** The two calls of an MCP client that the docs step makes (the SDK's `Client` has both). */
export interface Context7Session {
  listTools(): Promise<{ tools: { name: string }[] }>;
  callTool(request: { name: string; arguments: Record<string, unknown> }): Promise<unknown>;
}

/**
 * Library documentation from Context7 over MCP: resolves each name to a library id, then asks
 * `query-docs` (or the older `get-library-docs`) about the feature. A library Context7 does not
 * know is left out; the id (and its version segment, when it has one) goes into the header `docs`.
 */
export async function context7Docs(options: Context7Options, libraries: string[], query: string): Promise<LibraryDocs[]> {
  // Loaded on first use: nothing is paid while Context7 is not configured.
  const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
  const { StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js');
  const client = new Client({ name: 'ce-generate', version: '0.1.0' });
  const transport = new StdioClientTransport({ command: options.command, args: options.args ?? [], cwd: options.cwd, stderr: 'pipe' });
  transport.stderr?.on('data', () => undefined); // drained: a full pipe would stall the server
  await client.connect(transport);
  try {
    return await queryContext7(client as unknown as Context7Session, libraries, query);
  } finally {
    await client.close().catch(() => undefined);
  }
}

/** The docs of each library from a connected Context7 session (the real server, or a recorded one). */
export async function queryContext7(client: Context7Session, libraries: string[], query: string): Promise<LibraryDocs[]> {
  const tools = new Set((await client.listTools()).tools.map((t) => t.name));
  const out: LibraryDocs[] = [];
  for (const name of libraries) {
    const id = name.startsWith('/')
      ? name
      : firstLibraryId(
          textOf((await client.callTool({ name: 'resolve-library-id', arguments: { libraryName: name, query } })) as ToolResult),
        );
    if (!id) continue;
    const result = (
      tools.has('query-docs')
        ? await client.callTool({ name: 'query-docs', arguments: { libraryId: id, query } })
        : await client.callTool({ name: 'get-library-docs', arguments: { context7CompatibleLibraryID: id, topic: query, tokens: 2000 } })
    ) as ToolResult;
    if (result.isError) continue;
    const version = id.split('/')[3];
    out.push({ libraryId: id, version: version ?? 'latest', source: 'context7', excerpt: textOf(result).slice(0, 1500), signatures: [] });
  }
  return out;
}
