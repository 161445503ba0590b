import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { gitRepo, readTree, writeTree } from '@ce/test-utils';
import { AGENT_NAMES, initProject, setupAgents, type AgentName } from './index.js';

const require = createRequire(import.meta.url);
const geminiSchema = require('./schemas/gemini-settings-mcp.schema.json') as object;

/** The files each agent's setup must leave, by kind, so each is read with its own real parser. */
const EXPECTED: Record<AgentName, { frontMatter: string[]; json: string[]; toml: string[]; markdown: string[] }> = {
  'claude-code': {
    frontMatter: ['.claude/commands/generate-prp.md', '.claude/commands/execute-prp.md'],
    json: ['.mcp.json'],
    toml: [],
    markdown: ['CLAUDE.md'],
  },
  cursor: {
    frontMatter: ['.cursor/rules/ce.mdc'],
    json: ['.cursor/mcp.json'],
    toml: [],
    markdown: ['.cursor/commands/generate-prp.md', '.cursor/commands/execute-prp.md'],
  },
  codex: {
    frontMatter: ['.agents/skills/generate-prp/SKILL.md', '.agents/skills/execute-prp/SKILL.md'],
    json: [],
    toml: ['.codex/config.toml'],
    markdown: ['AGENTS.md'],
  },
  gemini: {
    frontMatter: [],
    json: ['.gemini/settings.json'],
    toml: ['.gemini/commands/generate-prp.toml', '.gemini/commands/execute-prp.toml'],
    markdown: ['GEMINI.md'],
  },
  copilot: {
    frontMatter: ['.github/prompts/generate-prp.prompt.md', '.github/prompts/execute-prp.prompt.md'],
    json: ['.vscode/mcp.json'],
    toml: [],
    markdown: ['.github/copilot-instructions.md'],
  },
};

function frontMatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(match, 'front matter block').not.toBeNull();
  return parseYaml(match![1]!) as Record<string, unknown>;
}

const read = (root: string, path: string): string => readFileSync(join(root, path), 'utf8');

describe('setupAgents writes each agent its own format', () => {
  it.each(AGENT_NAMES)('%s: every file parses with its real parser and names ce mcp', async (agent) => {
    const root = gitRepo({ 'README.md': '# app\n' });
    const result = await setupAgents(root, { agents: [agent] });
    const expected = EXPECTED[agent];
    const written = result.agents[0]!.files.map((f) => f.path).sort();
    expect(written).toEqual([...expected.frontMatter, ...expected.json, ...expected.toml, ...expected.markdown].sort());
    for (const path of expected.frontMatter) expect(frontMatterOf(read(root, path))['description']).toEqual(expect.any(String));
    for (const path of expected.json) {
      const servers = JSON.parse(read(root, path)) as Record<string, Record<string, { command: string; args: string[] }>>;
      const entry = (servers['mcpServers'] ?? servers['servers'])!['ce']!;
      expect([entry.command, ...entry.args]).toEqual(['ce', 'mcp']);
    }
    for (const path of expected.toml) expect(parseToml(read(root, path))).toBeTypeOf('object');
    for (const path of expected.markdown) expect(read(root, path)).toContain('--json');
  });

  it('writes command files that carry the exit-code contract and never let the agent allow commands', async () => {
    const root = gitRepo({ 'README.md': '# app\n' });
    await setupAgents(root, { agents: ['all'] });
    const claude = read(root, '.claude/commands/execute-prp.md');
    expect(frontMatterOf(claude)).toMatchObject({ 'argument-hint': '<path to PRPs/PRP-N-slug.md>' });
    expect(frontMatterOf(claude)['allowed-tools']).not.toMatch(/prp allow/);
    expect(claude).toContain('PRP: $ARGUMENTS');
    expect(claude).toContain('3 a person must decide');
    expect(claude).toContain('ce execute <PRP> --agent none --json');
    const gemini = parseToml(read(root, '.gemini/commands/generate-prp.toml')) as { description: string; prompt: string };
    expect(gemini.prompt).toContain('Feature request: {{args}}');
    expect(gemini.prompt).toContain('ce prp allow <prpPath>` themselves. You never run it.');
    expect(frontMatterOf(read(root, '.github/prompts/generate-prp.prompt.md'))).toMatchObject({ agent: 'agent' });
    expect(read(root, '.github/prompts/execute-prp.prompt.md')).toContain('${input:prp:path to PRPs/PRP-N-slug.md}');
    expect(frontMatterOf(read(root, '.cursor/rules/ce.mdc'))).toMatchObject({ alwaysApply: false });
    expect(frontMatterOf(read(root, '.agents/skills/execute-prp/SKILL.md'))).toMatchObject({ name: 'execute-prp' });
  });

  it("validates .gemini/settings.json against Gemini CLI's published schema", async () => {
    const root = gitRepo({ '.gemini/settings.json': '{\n  "ui": { "theme": "Dracula" }\n}\n' });
    await setupAgents(root, { agents: ['gemini'] });
    const validate = new Ajv2020({ strict: false }).compile(geminiSchema);
    const settings: unknown = JSON.parse(read(root, '.gemini/settings.json'));
    expect(validate(settings), JSON.stringify(validate.errors)).toBe(true);
    expect(settings).toMatchObject({ ui: { theme: 'Dracula' }, mcpServers: { ce: { command: 'ce', args: ['mcp'] } } });
  });

  it('prints the user-level Codex lines instead of editing ~/.codex', async () => {
    const root = gitRepo({ 'README.md': '# app\n' });
    const result = await setupAgents(root, { agents: ['codex'], mcpCommand: 'node_modules/.bin/ce mcp' });
    expect(result.agents[0]!.userSteps).toEqual(
      expect.arrayContaining(['[mcp_servers.ce]', 'command = "node_modules/.bin/ce"', 'args = ["mcp"]']),
    );
    expect(parseToml(read(root, '.codex/config.toml'))).toEqual({
      mcp_servers: { ce: { command: 'node_modules/.bin/ce', args: ['mcp'] } },
    });
  });
});

describe('merging into what the user already has', () => {
  it('keeps the other servers of an existing .mcp.json byte for byte, comments and tabs included', async () => {
    const before = '{\n\t// team servers\n\t"mcpServers": {\n\t\t"github": { "command": "gh-mcp", "args": ["--stdio"] }\n\t}\n}\n';
    const root = gitRepo({ '.mcp.json': before });
    await setupAgents(root, { agents: ['claude-code'] });
    const after = read(root, '.mcp.json');
    expect(after.startsWith('{\n\t// team servers\n\t"mcpServers": {\n\t\t"github": { "command": "gh-mcp", "args": ["--stdio"] },\n')).toBe(
      true,
    );
    expect(after).toContain('\t\t"ce": {\n\t\t\t"command": "ce",');
    const second = await setupAgents(root, { agents: ['claude-code'] });
    expect(second.unchanged).toBe(true);
    expect(read(root, '.mcp.json')).toBe(after);
  });

  it('keeps the other tables of an existing .codex/config.toml byte for byte', async () => {
    const before = 'model = "o3"\n\n[mcp_servers.docs]\ncommand = "docs-mcp"\nargs = []\n';
    const root = gitRepo({ '.codex/config.toml': before });
    await setupAgents(root, { agents: ['codex'] });
    const after = read(root, '.codex/config.toml');
    expect(after).toBe(`${before}\n[mcp_servers.ce]\ncommand = "ce"\nargs = ["mcp"]\n`);
    expect(parseToml(after)).toMatchObject({ model: 'o3', mcp_servers: { docs: { command: 'docs-mcp' }, ce: { command: 'ce' } } });
  });

  it('keeps a ce server entry the user changed unless forced, and then changes only that entry', async () => {
    const root = gitRepo({ '.cursor/mcp.json': '{ "mcpServers": { "ce": { "command": "/opt/ce/bin/ce", "args": ["mcp"] }, "x": {} } }\n' });
    const kept = await setupAgents(root, { agents: ['cursor'] });
    expect(kept.agents[0]!.files.find((f) => f.path === '.cursor/mcp.json')).toMatchObject({ action: 'kept' });
    await setupAgents(root, { agents: ['cursor'], force: true });
    expect(JSON.parse(read(root, '.cursor/mcp.json'))).toEqual({ mcpServers: { ce: { command: 'ce', args: ['mcp'] }, x: {} } });
  });

  it('merges its section into an existing AGENTS.md between markers and leaves the user text alone', async () => {
    const mine = '# Agents\n\nRun `make test` before committing.\n';
    const root = gitRepo({ 'AGENTS.md': mine });
    await setupAgents(root, { agents: ['codex'] });
    const merged = read(root, 'AGENTS.md');
    expect(merged.startsWith(`${mine}\n<!-- ce:begin`)).toBe(true);
    expect(merged.trimEnd().endsWith('<!-- ce:end -->')).toBe(true);
    writeTree(root, { 'AGENTS.md': `${merged}\n## Mine again\n` });
    const again = await setupAgents(root, { agents: ['codex'] });
    expect(again.agents[0]!.files.find((f) => f.path === 'AGENTS.md')).toMatchObject({ action: 'unchanged' });
  });

  it('is idempotent for every agent at once, and keeps a command file the user edited unless forced', async () => {
    const root = gitRepo({ 'README.md': '# app\n' });
    await setupAgents(root, { agents: ['all'] });
    const before = readTree(root);
    expect((await setupAgents(root, { agents: ['all'] })).unchanged).toBe(true);
    expect(readTree(root)).toEqual(before);
    writeTree(root, { '.gemini/commands/execute-prp.toml': 'prompt = "mine"\n' });
    const kept = await setupAgents(root, { agents: ['gemini'] });
    expect(kept.agents[0]!.files.find((f) => f.path === '.gemini/commands/execute-prp.toml')).toMatchObject({ action: 'kept' });
    await setupAgents(root, { agents: ['gemini'], force: true });
    expect(readTree(root)).toEqual(before);
  });
});

describe('bad input changes nothing', () => {
  it('refuses an unknown agent name (exit 2) before writing anything', async () => {
    const root = gitRepo({ 'README.md': '# app\n' });
    const before = readTree(root);
    await expect(initProject(root, { agents: ['all', 'vim'] })).rejects.toMatchObject({ exitCode: 2 });
    await expect(initProject(root, { agents: ['claude-code', 'vim'] })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('"vim"'),
    });
    expect(readTree(root)).toEqual(before);
  });

  it.each([
    ['.mcp.json', '{ "mcpServers": { "a": 1, }'],
    ['.vscode/mcp.json', '{ "servers": [] }'],
    ['.codex/config.toml', '[mcp_servers\ncommand = 1'],
    ['AGENTS.md', 'text\n<!-- ce:begin -->\nno end\n'],
    ['.gemini/settings.json', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
  ])('exits 2 naming %s when it cannot be read, and writes no other file', async (path, text) => {
    const root = gitRepo({ [path]: text });
    const before = readTree(root);
    const failure = initProject(root, { agents: ['all'] });
    await expect(failure).rejects.toMatchObject({ exitCode: 2, file: path });
    expect(readTree(root)).toEqual(before);
  });
});
