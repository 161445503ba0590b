import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { connectCeMcp, gitRepo, runCe } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';

/** The MCP server that speaks Serena's code tools (a real process), kept with @ce/context's tests. */
const fixture = resolve(dirname(fileURLToPath(import.meta.url)), '../../../packages/context/test/fixtures/serena-fixture-server.mjs');

/** The project the fixture server's canned symbol tree describes. */
const PROJECT = {
  'src/greeter.ts':
    'export class Greeter {\n  constructor(readonly name: string) {}\n\n  greet(): string {\n    return `Hello, ${this.name}`;\n  }\n}\n\nexport function welcome(name: string): string {\n  return new Greeter(name).greet();\n}\n',
  'src/main.ts': "import { welcome } from './greeter';\n\nexport function main(): void {\n  console.log(welcome('world'));\n}\n",
  'README.md': '# greeter\n\nCall welcome() to greet.\n',
};

function project(serena: { enabled: boolean; command?: string; args?: string[] }): string {
  const root = gitRepo({ ...PROJECT });
  mkdirSync(join(root, '.ce'), { recursive: true });
  writeFileSync(
    join(root, '.ce', 'config.yml'),
    `serena:\n  enabled: ${serena.enabled}\n  command: ${JSON.stringify(serena.command)}\n  args: ${JSON.stringify(serena.args ?? [])}\n`,
  );
  return root;
}

const json = (stdout: string) => JSON.parse(stdout) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads arbitrary JSON documents

describe('ce context with serena.enabled', () => {
  it('find, overview and search answer from the configured Serena server', async () => {
    const root = project({ enabled: true, command: process.execPath, args: [fixture] });
    const find = await runCe(['context', 'find', 'Greeter/greet', '--body', '--json'], { cwd: root });
    expect(find.exitCode).toBe(0);
    const found = json(find.stdout);
    expect(found['backend']).toBe('serena');
    expect(found['matches']).toEqual([
      expect.objectContaining({
        namePath: 'Greeter/greet',
        kind: 'method',
        file: 'src/greeter.ts',
        range: expect.objectContaining({ startLine: 4, endLine: 6 }),
      }),
    ]);
    expect(found['matches'][0].body).toContain('return `Hello, ${this.name}`;');

    const overview = json((await runCe(['context', 'overview', 'src/greeter.ts', '--json'], { cwd: root })).stdout);
    expect(overview['backend']).toBe('serena');
    expect(overview['files'][0].symbols.map((s: { name: string }) => s.name)).toEqual(['Greeter', 'welcome']);

    const search = await runCe(['context', 'search', 'welcome\\(', '--glob', '*.ts', '-C', '1'], { cwd: root });
    expect(search.exitCode).toBe(0);
    expect(search.stdout).toContain("src/main.ts:4:  console.log(welcome('world'));");
    expect(search.stdout).toContain('src/main.ts-3-export function main(): void {');
  });

  it('the MCP find_symbol tool of ce mcp goes to Serena too', async () => {
    const root = project({ enabled: true, command: process.execPath, args: [fixture, '--legacy'] });
    const client = await connectCeMcp(root);
    try {
      const found = await client.callTool({ name: 'find_symbol', arguments: { name_path: 'welcome' } });
      expect(found.isError).toBeFalsy();
      expect(found.structuredContent).toMatchObject({
        backend: 'serena',
        matches: [{ namePath: 'welcome', kind: 'function', file: 'src/greeter.ts' }],
      });
    } finally {
      await client.close();
    }
  });

  it('falls back to the local index, exit 0, with a warning in the result when the Serena command does not exist', async () => {
    const root = project({ enabled: true, command: 'ce-no-such-serena', args: ['start-mcp-server'] });
    const run = await runCe(['context', 'find', 'Greeter', '--json'], { cwd: root });
    expect(run.exitCode).toBe(0);
    const result = json(run.stdout);
    expect(result['backend']).toBe('local');
    expect(result['warnings']).toEqual([expect.stringContaining('ce-no-such-serena')]);
    expect(result['matches'].map((m: { file: string }) => m.file)).toEqual(['src/greeter.ts']);
  });
});
