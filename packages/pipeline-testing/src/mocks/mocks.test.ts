import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { useTempDir } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { MockContext7Strategy, MockLLMStrategy, MockSerenaStrategy, matchesNamePath } from './index.js';

const serena = new MockSerenaStrategy({
  symbols: [
    { name_path: 'Loader', kind: 'class', relative_path: 'src/loader.ts', body: 'class Loader {}' },
    { name_path: 'Loader/load', kind: 'method', relative_path: 'src/loader.ts' },
    { name_path: 'save', kind: 'function', relative_path: 'src/save.ts' },
  ],
  files: { 'src/loader.ts': 'export class Loader {\n  load() { return readYaml(); }\n}\n', 'src/save.ts': 'export function save() {}\n' },
});

describe('MockSerenaStrategy', () => {
  it('answers find_symbol with Serena name-path matching, with bodies only on request', async () => {
    expect(await serena.execute({ tool: 'find_symbol', name_path: 'load' })).toEqual({
      symbols: [{ name_path: 'Loader/load', kind: 'method', relative_path: 'src/loader.ts' }],
    });
    expect(await serena.execute({ tool: 'find_symbol', name_path: '/Loader', include_body: true })).toEqual({
      symbols: [{ name_path: 'Loader', kind: 'class', relative_path: 'src/loader.ts', body: 'class Loader {}' }],
    });
    expect(await serena.execute({ tool: 'find_symbol', name_path_pattern: 'Load', substring_matching: true })).toMatchObject({
      symbols: [{ name_path: 'Loader' }, { name_path: 'Loader/load' }],
    });
    expect(matchesNamePath('A/b/c', 'b/c', false)).toBe(true);
    expect(matchesNamePath('A/b/c', '/b/c', false)).toBe(false);
  });

  it('answers get_symbols_overview, search_for_pattern, a plain query and a batch', async () => {
    expect(await serena.execute({ tool: 'get_symbols_overview', relative_path: 'src/loader.ts' })).toEqual({
      symbols: [{ name_path: 'Loader', kind: 'class', relative_path: 'src/loader.ts' }],
    });
    expect(await serena.execute({ tool: 'search_for_pattern', substring_pattern: 'read\\w+' })).toEqual({
      matches: { 'src/loader.ts': ['2:   load() { return readYaml(); }'] },
    });
    const research = await serena.execute('save the loader');
    expect(research).toMatchObject({ symbols: [{ name_path: 'Loader' }, { name_path: 'Loader/load' }, { name_path: 'save' }] });
    expect(await serena.execute([{ tool: 'find_symbol', name_path: 'save' }, { query: 'nothing-here' }])).toEqual([
      { symbols: [{ name_path: 'save', kind: 'function', relative_path: 'src/save.ts' }] },
      { symbols: [], matches: {} },
    ]);
    expect(serena.isMocked()).toBe(true);
  });

  it('rejects a request it does not understand', async () => {
    await expect(serena.execute({ tool: 'rename_symbol' } as never)).rejects.toMatchObject({ code: 'mock-serena-bad-request' });
  });
});

describe('MockContext7Strategy', () => {
  const c7 = new MockContext7Strategy([
    {
      id: '/vercel/next.js',
      name: 'next.js',
      version: '15.0.0',
      docs: { routing: 'Use the app router.', caching: 'fetch caches by default.' },
    },
    { id: '/eemeli/yaml', name: 'yaml', docs: 'YAML.parse(text)' },
  ]);

  it('accepts query-docs ({libraryId, query})', async () => {
    expect(await c7.execute({ tool: 'query-docs', libraryId: '/vercel/next.js', query: 'how does routing work' })).toEqual({
      libraryId: '/vercel/next.js',
      version: '15.0.0',
      content: '## routing\n\nUse the app router.',
      topics: ['routing'],
    });
  });

  it('accepts the older get-library-docs ({context7CompatibleLibraryID, topic, tokens}), also without the tool name', async () => {
    expect(await c7.execute({ tool: 'get-library-docs', context7CompatibleLibraryID: '/vercel/next.js', topic: 'caching' })).toMatchObject({
      content: '## caching\n\nfetch caches by default.',
    });
    expect(await c7.execute({ context7CompatibleLibraryID: '/eemeli/yaml', tokens: 2 })).toEqual({
      libraryId: '/eemeli/yaml',
      content: 'YAML.par',
      topics: [],
    });
    expect(await c7.execute({ libraryId: '/vercel/next.js/v15.0.0', query: 'caching' })).toMatchObject({ topics: ['caching'] });
  });

  it('resolves library names and refuses an unknown library, naming it', async () => {
    expect(await c7.execute({ tool: 'resolve-library-id', libraryName: 'next' })).toEqual({
      libraries: [{ id: '/vercel/next.js', name: 'next.js', version: '15.0.0' }],
    });
    await expect(c7.execute({ libraryId: '/nobody/nothing', query: 'x' })).rejects.toThrow(/no docs for library "\/nobody\/nothing"/);
  });
});

describe('MockLLMStrategy', () => {
  it('fills a template from the request', async () => {
    const llm = new MockLLMStrategy('Plan for {{title}} ({{meta.size}}): {{prompt}}');
    expect(await llm.execute({ prompt: 'p', title: 'T', meta: { size: 3 } })).toEqual({ text: 'Plan for T (3): p', model: 'mock-llm' });
  });

  it('prefers recorded completions, then matching responses, and fails on a prompt it cannot answer', async () => {
    const dir = useTempDir();
    const file = join(dir, 'recorded.json');
    writeFileSync(file, JSON.stringify([{ prompt: 'exact', response: 'from recording' }]));
    const llm = new MockLLMStrategy({ recorded: file, responses: [{ match: /^sum/, response: 'a sum for {{prompt}}' }] });
    expect((await llm.execute('exact')).text).toBe('from recording');
    expect((await llm.execute('summarise x')).text).toBe('a sum for summarise x');
    await expect(llm.execute('other')).rejects.toMatchObject({ code: 'mock-llm-no-response' });
    expect(() => new MockLLMStrategy({})).toThrow(/needs a template/);
    writeFileSync(file, '[{"prompt": 1}]');
    expect(() => new MockLLMStrategy({ recorded: file })).toThrow(/recorded\.json must hold/);
  });
});
