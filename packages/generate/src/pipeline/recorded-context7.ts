import type { LibraryDocs } from '../docs/local-docs.js';
import { queryContext7, type Context7Session } from '../docs/context7-docs.js';
import type { Context7Source } from '../generation-steps.js';

/** One recorded answer of a Context7 tool: the text content the server sent back. */
interface RecordedCall {
  tool: 'resolve-library-id' | 'query-docs';
  /** The argument the answer belongs to (`libraryName` or `libraryId`). */
  key: string;
  text: string;
}

// Recorded from Context7's MCP server (resolve-library-id, query-docs) for the built-in example's library.
const RECORDED: RecordedCall[] = [
  {
    tool: 'resolve-library-id',
    key: 'yaml',
    text: [
      'Available Libraries:',
      '',
      'Each result includes:',
      '- Library ID: Context7-compatible identifier (format: /org/project)',
      '- Name: Library or package name',
      '',
      '----------',
      '',
      '- Title: YAML',
      '- Context7-compatible library ID: /eemeli/yaml',
      '- Description: JavaScript parser and stringifier for YAML',
      '- Code Snippets: 182',
      '- Source Reputation: High',
      '',
    ].join('\n'),
  },
  {
    tool: 'query-docs',
    key: '/eemeli/yaml',
    text: [
      '### Parse a YAML string',
      '',
      'Source: https://github.com/eemeli/yaml/blob/main/docs/01_intro.md',
      '',
      '```js',
      "import { parse } from 'yaml'",
      "parse('3.14159\\n')",
      '// 3.14159',
      '```',
      '',
    ].join('\n'),
  },
];

/** What Context7 answers for a library it does not know (recorded). */
const UNKNOWN = 'No libraries found matching the provided name.';

/**
 * Context7 as a recorded MCP session: the real MCP client and server of the SDK, connected in
 * memory, the server answering `resolve-library-id` and `query-docs` with text recorded from
 * Context7 (a library it was not recorded for is unknown, as Context7 says of one it does not
 * know). The docs step reads it exactly as it reads the real server.
 */
export function recordedContext7(recorded: readonly RecordedCall[] = RECORDED): Context7Source {
  return async (libraries: string[], query: string): Promise<LibraryDocs[]> => {
    const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
    const { Server } = await import('@modelcontextprotocol/sdk/server/index.js');
    const { InMemoryTransport } = await import('@modelcontextprotocol/sdk/inMemory.js');
    const { CallToolRequestSchema, ListToolsRequestSchema } = await import('@modelcontextprotocol/sdk/types.js');
    const server = new Server({ name: 'Context7 (recorded)', version: '1.0.14' }, { capabilities: { tools: {} } });
    const schema = (keys: string[]) => ({
      type: 'object' as const,
      properties: Object.fromEntries(keys.map((k) => [k, { type: 'string' }])),
    });
    server.setRequestHandler(ListToolsRequestSchema, () => ({
      tools: [
        { name: 'resolve-library-id', inputSchema: schema(['libraryName', 'query']) },
        { name: 'query-docs', inputSchema: schema(['libraryId', 'query']) },
      ],
    }));
    server.setRequestHandler(CallToolRequestSchema, (request) => {
      const args = request.params.arguments ?? {};
      const key = String(args['libraryName'] ?? args['libraryId'] ?? '');
      const hit = recorded.find((r) => r.tool === request.params.name && r.key === key);
      return { content: [{ type: 'text', text: hit?.text ?? UNKNOWN }] };
    });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: 'ce-generate', version: '0.1.0' });
    await server.connect(serverSide);
    await client.connect(clientSide);
    try {
      return await queryContext7(client as unknown as Context7Session, libraries, query);
    } finally {
      await client.close();
      await server.close();
    }
  };
}
