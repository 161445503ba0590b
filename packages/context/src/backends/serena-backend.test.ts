import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitRepo } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { kindFromSerena, kindsToLsp } from './serena-kinds.js';
import { serenaGlob } from './serena-backend.js';
import { findReferencingSymbols, findSymbol, getSymbolsOverview, searchForPattern } from '../index.js';
import { SERENA_PROJECT } from '../../test/serena-project.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'serena-fixture-server.mjs');

/** A repository of the canned project whose .ce/config.yml enables Serena with this command. */
function project(serena: { enabled: boolean; command?: string; args?: string[] }): string {
  const root = gitRepo({ ...SERENA_PROJECT });
  mkdirSync(join(root, '.ce'), { recursive: true });
  writeFileSync(join(root, '.ce', 'config.yml'), `serena: ${JSON.stringify(serena)}\n`);
  return root;
}

const withFixture = (...flags: string[]) => project({ enabled: true, command: process.execPath, args: [fixture, ...flags] });

describe('Serena backend over a real MCP server', () => {
  it('answers find_symbol from Serena, mapping kind names, 0-based body lines, bodies and kind-grouped children', async () => {
    const root = withFixture();
    const result = await findSymbol(root, { namePath: 'Greeter', includeBody: true });
    expect(result.backend).toBe('serena');
    expect(result.warnings).toBeUndefined();
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]).toMatchObject({
      name: 'Greeter',
      namePath: 'Greeter',
      kind: 'class',
      file: 'src/greeter.ts',
      container: null,
      range: { startLine: 1, endLine: 7 },
      signature: 'export class Greeter',
      exported: true,
    });
    expect(result.matches[0]!.body!.startsWith('export class Greeter {')).toBe(true);
    const withChildren = await findSymbol(root, { namePath: 'Greeter', includeChildren: true });
    expect(withChildren.matches[0]!.children!.map((c) => `${c.kind} ${c.name}`).sort()).toEqual([
      'constructor constructor',
      'method greet',
    ]);
    const method = await findSymbol(root, { namePath: 'Greeter/greet' });
    expect(method.matches[0]).toMatchObject({ name: 'greet', container: 'Greeter', kind: 'method', range: { startLine: 4, endLine: 6 } });
  });

  it('speaks the older dialect too: name_path, numeric kinds, flat children, kinds sent as LSP numbers', async () => {
    const root = withFixture('--legacy');
    const all = await findSymbol(root, { namePath: 'r', substring: true });
    expect(all.backend).toBe('serena');
    expect(all.matches.map((m) => `${m.kind} ${m.namePath}`)).toEqual([
      'class Greeter',
      'constructor Greeter/constructor',
      'method Greeter/greet',
    ]);
    const methods = await findSymbol(root, { namePath: 'r', substring: true, kinds: ['method', 'constructor'] });
    expect(methods.matches.map((m) => m.namePath).sort()).toEqual(['Greeter/constructor', 'Greeter/greet']);
    const inMain = await findSymbol(root, { namePath: 'main', path: 'src/main.ts', includeChildren: true });
    expect(inMain.matches.map((m) => `${m.file}:${m.range.startLine}`)).toEqual(['src/main.ts:3']);
    const greeter = await findSymbol(root, { namePath: 'Greeter', includeChildren: true });
    expect(greeter.matches[0]!.children).toEqual([
      { name: 'constructor', kind: 'constructor', line: 2 },
      { name: 'greet', kind: 'method', line: 4 },
    ]);
  });

  it('maps get_symbols_overview of a file, and of a folder keyed by file', async () => {
    const current = await getSymbolsOverview(withFixture(), { path: 'src/greeter.ts' });
    expect(current.backend).toBe('serena');
    expect(
      current.files.map((f) => [f.file, f.symbols.map((s) => `${s.kind} ${s.name} [${(s.children ?? []).map((c) => c.name).join(',')}]`)]),
    ).toEqual([['src/greeter.ts', ['class Greeter [constructor,greet]', 'function welcome []']]]);
    const folder = await getSymbolsOverview(withFixture('--legacy'), { path: 'src' });
    expect(folder.backend).toBe('serena');
    expect(folder.files.map((f) => `${f.file}: ${f.symbols.map((s) => `${s.name}@${s.range.startLine}`).join(' ')}`)).toEqual([
      'src/greeter.ts: Greeter@1 welcome@9',
      'src/main.ts: main@3',
    ]);
  });

  it('falls back to the local index with a warning when Serena refuses (overview of a folder in current Serena)', async () => {
    const result = await getSymbolsOverview(withFixture(), { path: 'src' });
    expect(result.backend).toBe('local');
    expect(result.warnings).toEqual([expect.stringContaining('Expected a file path')]);
    expect(result.files.map((f) => f.file)).toEqual(['src/greeter.ts', 'src/main.ts']);
  });

  it('maps search_for_pattern results with 1-based lines, context lines, columns, and ce globs turned into Serena globs', async () => {
    const root = withFixture();
    const result = await searchForPattern(root, { pattern: 'welcome\\(', paths: ['*.ts'], contextBefore: 1, contextAfter: 1 });
    expect(result.backend).toBe('serena');
    expect(result.matches.map((m) => `${m.file}:${m.line}:${m.column}`)).toEqual(['src/greeter.ts:9:16', 'src/main.ts:4:14']);
    expect(result.matches[1]).toMatchObject({
      before: ['export function main(): void {'],
      lines: ["  console.log(welcome('world'));"],
      after: ['}'],
      match: 'welcome(',
      endLine: 4,
    });
    const anyCase = await searchForPattern(root, { pattern: 'WELCOME', ignoreCase: true, exclude: ['src/'] });
    expect(anyCase.matches.map((m) => `${m.file}:${m.line}`)).toEqual(['README.md:3']);
    const multi = await searchForPattern(root, { pattern: 'greet\\(\\): string \\{\\n\\s+return' });
    expect(multi.matches).toMatchObject([{ file: 'src/greeter.ts', line: 4, endLine: 5 }]);
  });

  it('maps find_referencing_symbols, grouped by file and kind or flat, to references with their holders', async () => {
    for (const flags of [[], ['--legacy']]) {
      const result = await findReferencingSymbols(withFixture(...flags), { namePath: 'welcome' });
      expect(result.backend).toBe('serena');
      expect(result.method).toBe('language-server');
      expect(result.targets.map((t) => `${t.file}:${t.namePath}`)).toEqual(['src/greeter.ts:welcome']);
      expect(result.references).toEqual([
        {
          file: 'src/main.ts',
          line: 4,
          column: 14,
          snippet: "console.log(welcome('world'));",
          referencingSymbol: { namePath: 'main', kind: 'function' },
        },
      ]);
    }
  });

  it('falls back when the server exits at start, quoting the last line it logged', async () => {
    const result = await findSymbol(withFixture('--crash'), { namePath: 'welcome' });
    expect(result.backend).toBe('local');
    expect(result.warnings).toEqual([expect.stringContaining('ERROR no project found at the given path')]);
    expect(result.total).toBe(1);
  });

  it('passes usage errors through instead of falling back', async () => {
    const root = withFixture();
    await expect(findSymbol(root, { namePath: ' ' })).rejects.toMatchObject({ exitCode: 2, code: 'bad-name-path' });
    await expect(findReferencingSymbols(root, { namePath: 'Nowhere' })).rejects.toMatchObject({ exitCode: 2, code: 'symbol-not-found' });
  });
});

describe('fallback to the local index', () => {
  it('answers from the local index with a warning naming the command when Serena cannot be started', async () => {
    const root = project({ enabled: true, command: 'ce-no-such-serena-command', args: ['start-mcp-server'] });
    const result = await findSymbol(root, { namePath: 'Greeter/greet' });
    expect(result.backend).toBe('local');
    expect(result.warnings).toEqual([expect.stringContaining('ce-no-such-serena-command')]);
    expect(result.matches.map((m) => `${m.file}:${m.range.startLine}`)).toEqual(['src/greeter.ts:4']);
    const search = await searchForPattern(root, { pattern: 'welcome' });
    expect(search.backend).toBe('local');
    expect(search.total).toBe(4);
  });

  it('says so when serena.enabled is set without serena.command, and stays silent when Serena is off', async () => {
    const noCommand = await findSymbol(project({ enabled: true }), { namePath: 'main' });
    expect(noCommand).toMatchObject({ backend: 'local', warnings: [expect.stringContaining('serena.command is not set')] });
    const off = await findSymbol(project({ enabled: false, command: 'whatever' }), { namePath: 'main' });
    expect(off.backend).toBe('local');
    expect(off.warnings).toBeUndefined();
    expect(off.total).toBe(1);
  });
});

describe('Serena vocabulary', () => {
  it('reads kinds given as LSP numbers, LSP names, or ce names, and sends ce kinds as LSP numbers', () => {
    expect([5, '6', 'Class', 'EnumMember', 'enum_member', 'TypeParameter', 23, 'Namespace'].map(kindFromSerena)).toEqual([
      'class',
      'method',
      'class',
      'enum_member',
      'enum_member',
      'type',
      'struct',
      'module',
    ]);
    expect(kindFromSerena('Gadget')).toBeUndefined();
    expect(kindFromSerena(99)).toBeUndefined();
    expect(kindsToLsp(['trait', 'interface', 'module'])).toEqual([2, 3, 4, 11]);
  });

  it('turns gitignore-style globs into whole-path globs with brace alternatives', () => {
    expect(serenaGlob(undefined)).toBeUndefined();
    expect(serenaGlob(['*.py'])).toBe('{**/*.py,**/*.py/**}');
    expect(serenaGlob(['src/'])).toBe('**/src/**');
    expect(serenaGlob(['src/core', 'src/**/*.ts'])).toBe('{src/core,src/core/**,src/**/*.ts,src/**/*.ts/**}');
  });
});
