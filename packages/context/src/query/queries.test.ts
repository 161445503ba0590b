import { gitRepo } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../test/fixtures.js';
import { findReferencingSymbols, findSymbol, getSymbolsOverview } from './queries.js';
import { searchForPattern } from './search-pattern.js';

describe('findSymbol', () => {
  it('matches a bare name anywhere, a name path by its last segments, and an absolute path exactly', async () => {
    const root = gitRepo({ ...SOURCES });
    const byName = await findSymbol(root, { namePath: 'run' });
    expect(byName.matches.map((m) => m.namePath)).toEqual(['Job/run', 'Runner/run']);
    expect((await findSymbol(root, { namePath: 'Runner/run' })).matches.map((m) => `${m.file}:${m.range.startLine}`)).toEqual([
      'src/runner.ts:25',
    ]);
    expect((await findSymbol(root, { namePath: '/run' })).total).toBe(0);
    expect((await findSymbol(root, { namePath: '/Jobs/create' })).total).toBe(1);
    expect((await findSymbol(root, { namePath: 'Service/fetch' })).matches[0]!.file).toBe('py/service.py');
  });

  it('matches by case-insensitive substring and filters by kind and path', async () => {
    const root = gitRepo({ ...SOURCES });
    const names = (await findSymbol(root, { namePath: 'load', substring: true })).matches.map((m) => m.namePath);
    expect(names).toEqual(expect.arrayContaining(['load', 'Loader', 'Loader/load', 'Config/load']));
    const methods = await findSymbol(root, { namePath: 'load', substring: true, kinds: ['method'], path: 'rs' });
    expect(methods.matches.map((m) => m.namePath)).toEqual(['Loader/load', 'Config/load']);
  });

  it('returns the body and children on request, and truncates to maxResults', async () => {
    const root = gitRepo({ ...SOURCES });
    const [runner] = (await findSymbol(root, { namePath: 'Runner', includeBody: true, includeChildren: true })).matches;
    expect(runner!.body!.startsWith('export class Runner {')).toBe(false);
    expect(runner!.body!.startsWith('class Runner {')).toBe(true);
    expect(runner!.body!.trimEnd().endsWith('}')).toBe(true);
    expect(runner!.children!.map((c) => c.name)).toEqual(['queue', 'instances', 'constructor', 'run', 'drain']);
    const limited = await findSymbol(root, { namePath: 'a', substring: true, maxResults: 2 });
    expect(limited.matches).toHaveLength(2);
    expect(limited.truncated).toBe(true);
  });

  it('sees a change made after the last sync (queries sync first)', async () => {
    const root = gitRepo({ ...SOURCES });
    await findSymbol(root, { namePath: 'Runner' });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${root}/src/late.ts`, 'export function lateArrival() {}\n');
    expect((await findSymbol(root, { namePath: 'lateArrival' })).total).toBe(1);
    writeFileSync(`${root}/src/late2.ts`, 'export function later() {}\n');
    expect((await findSymbol(root, { namePath: 'later', sync: false })).total).toBe(0);
  });

  it('refuses an empty name path with exit 2', async () => {
    const root = gitRepo({ ...SOURCES });
    await expect(findSymbol(root, { namePath: ' ' })).rejects.toMatchObject({ exitCode: 2, code: 'bad-name-path' });
  });
});

describe('getSymbolsOverview', () => {
  it('lists the top-level symbols of a file with their children', async () => {
    const root = gitRepo({ ...SOURCES });
    const overview = await getSymbolsOverview(root, { path: 'go/server.go' });
    expect(overview.files).toHaveLength(1);
    expect(overview.files[0]!.symbols.map((s) => `${s.kind} ${s.name} [${(s.children ?? []).map((c) => c.name).join(',')}]`)).toEqual([
      'struct Server [Addr,handler,Start]',
      'interface Handler [Serve]',
      'constant DefaultAddr []',
      'variable started []',
      'function newServer []',
    ]);
  });

  it('lists every code file below a folder, and names a missing path (exit 2)', async () => {
    const root = gitRepo({ ...SOURCES });
    const overview = await getSymbolsOverview(root, { path: 'src' });
    expect(overview.files.map((f) => f.file)).toEqual(['src/runner.ts', 'src/view.tsx']);
    await expect(getSymbolsOverview(root, { path: 'nope/x.ts' })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('nope/x.ts'),
    });
    await expect(getSymbolsOverview(root, { path: '../outside' })).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('searchForPattern', () => {
  it('finds regex matches with line numbers and context lines, limited by globs', async () => {
    const root = gitRepo({ ...SOURCES });
    const result = await searchForPattern(root, { pattern: 'def \\w+\\(self', paths: ['*.py'], contextBefore: 1, contextAfter: 1 });
    expect(result.matches.map((m) => `${m.file}:${m.line}`)).toEqual(['py/service.py:10', 'py/service.py:13', 'py/service.py:18']);
    expect(result.matches[0]).toMatchObject({
      before: [''],
      lines: ['    def __init__(self, name):'],
      after: ['        self.name = name'],
    });
    expect(result.filesSearched).toBe(1);
  });

  it('matches across lines, honours exclude globs and ignore-case, and leaves out binary files', async () => {
    const root = gitRepo({ ...SOURCES, 'data.bin': Buffer.from([0x72, 0x75, 0x6e, 0x00, 0x00]) });
    const multi = await searchForPattern(root, { pattern: 'impl Config \\{\\n\\s+pub fn new' });
    expect(multi.matches).toMatchObject([{ file: 'rs/lib.rs', line: 15, endLine: 16 }]);
    const ci = await searchForPattern(root, { pattern: 'RUNNER', ignoreCase: true, exclude: ['src/'] });
    expect(ci.matches.every((m) => !m.file.startsWith('src/'))).toBe(true);
    expect((await searchForPattern(root, { pattern: 'run' })).matches.some((m) => m.file === 'data.bin')).toBe(false);
  });

  it('rejects an invalid regular expression with exit 2 and names the pattern', async () => {
    const root = gitRepo({ ...SOURCES });
    await expect(searchForPattern(root, { pattern: 'foo(' })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('"foo("'),
    });
  });
});

describe('findReferencingSymbols', () => {
  it('finds identifier references with the symbol that holds each, leaving out the definition', async () => {
    const root = gitRepo({ ...SOURCES });
    const result = await findReferencingSymbols(root, { namePath: 'makeJob' });
    expect(result.targets.map((t) => t.namePath)).toEqual(['makeJob']);
    expect(result.references).toEqual([
      expect.objectContaining({ file: 'src/runner.ts', line: 41, referencingSymbol: { namePath: 'Jobs/create', kind: 'function' } }),
    ]);
  });

  it('maps references in other files and at top level', async () => {
    const root = gitRepo({
      ...SOURCES,
      'src/use.ts': "import { Runner } from './runner';\nconst r = new Runner('x');\nexport function go() { return r.run; }\n",
    });
    const result = await findReferencingSymbols(root, { namePath: 'Runner' });
    const places = result.references.map((r) => `${r.file}:${r.line}:${r.referencingSymbol?.namePath ?? '-'}`);
    expect(places).toEqual(expect.arrayContaining(['src/use.ts:1:-', 'src/use.ts:2:r', 'src/runner.ts:35:helper']));
    expect(places.some((p) => p.startsWith('src/runner.ts:19:'))).toBe(false);
  });

  it('says which name it could not find (exit 2)', async () => {
    const root = gitRepo({ ...SOURCES });
    await expect(findReferencingSymbols(root, { namePath: 'Nowhere' })).rejects.toMatchObject({ exitCode: 2, code: 'symbol-not-found' });
  });
});
