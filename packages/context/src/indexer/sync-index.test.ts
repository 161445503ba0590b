import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, symlinkSync, utimesSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gitRepo, readTree, useTempDir, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../test/fixtures.js';
import { CodeIndex } from '../query/code-index.js';
import { indexPaths, readManifest } from './index-store.js';
import { syncIndex } from './sync-index.js';

describe('syncIndex: first and incremental syncs', () => {
  it('indexes every language on the first sync and records the commit and content hashes under .ce/index', async () => {
    const root = gitRepo({ ...SOURCES, 'README.md': '# demo\n' });
    const result = await syncIndex(root);
    expect(result.full).toBe(true);
    expect(result.files).toMatchObject({ scanned: 8, code: 7, added: 8, parsed: 7, deleted: 0 });
    expect(result.commit).toMatch(/^[0-9a-f]{40}$/);
    const manifest = readManifest(root)!;
    expect(manifest.commit).toBe(result.commit);
    expect(manifest.files['src/runner.ts']!.hash).toMatch(/^[0-9a-f]{40}$/);
    expect(manifest.files['README.md']!.language).toBeNull();
    const index = CodeIndex.open(root);
    const files = new Set([...index.symbolsByFile.keys()]);
    expect(files).toEqual(
      new Set(['src/runner.ts', 'src/view.tsx', 'lib/util.js', 'py/service.py', 'go/server.go', 'rs/lib.rs', 'java/App.java']),
    );
    expect(result.symbols).toBe(index.symbolCount);
  });

  it('re-parses only the changed file, drops deleted files and adds new ones on an incremental sync', async () => {
    const root = gitRepo({ ...SOURCES });
    await syncIndex(root);
    writeFileSync(join(root, 'src/runner.ts'), `${SOURCES['src/runner.ts']}\nexport function added(): void {}\n`);
    rmSync(join(root, 'rs/lib.rs'));
    writeTree(root, { 'py/extra.py': 'def extra():\n    pass\n' });
    const result = await syncIndex(root);
    expect(result.full).toBe(false);
    expect(result.files).toMatchObject({ parsed: 2, added: 1, modified: 1, deleted: 1, unchanged: 5 });
    expect(result.changes).toEqual({ added: ['py/extra.py'], modified: ['src/runner.ts'], deleted: ['rs/lib.rs'] });
    const index = CodeIndex.open(root);
    expect(index.findSymbol({ namePath: 'added' }).total).toBe(1);
    expect(index.findSymbol({ namePath: 'extra' }).total).toBe(1);
    expect(index.findSymbol({ namePath: 'Config' }).total).toBe(0);
  });

  it('parses nothing when nothing changed, and does not re-parse a file that was only touched', async () => {
    const root = gitRepo({ ...SOURCES });
    await syncIndex(root);
    const before = readTree(indexPaths(root).symbols);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, 'go/server.go'), later, later);
    const result = await syncIndex(root);
    expect(result.files).toMatchObject({ parsed: 0, added: 0, modified: 0, deleted: 0, unchanged: 7 });
    expect(readTree(indexPaths(root).symbols)).toEqual(before);
    expect(Math.round(readManifest(root)!.files['go/server.go']!.mtimeMs)).toBe(later.getTime());
  });

  it('re-parses a file changed in the second of the last sync even when its size and mtime are the same', async () => {
    const root = gitRepo({ ...SOURCES });
    const file = join(root, 'lib/util.js');
    // A whole second (exactly representable), as a file system with 1 s mtimes would record it. It lies
    // ahead of the sync, so it falls within the sync's racy window however late a loaded machine starts
    // the scan (the present second did not: a scan starting over a second later trusted it).
    const second = Math.floor(Date.now() / 1000) + 30;
    utimesSync(file, second, second);
    await syncIndex(root);
    const original = SOURCES['lib/util.js']!;
    const same = original.replace('class Cache', 'class Cachf');
    expect(same).toHaveLength(original.length);
    writeFileSync(file, same);
    utimesSync(file, second, second);
    expect(readManifest(root)!.files['lib/util.js']!.mtimeMs).toBe(second * 1000);
    const result = await syncIndex(root);
    expect(result.files).toMatchObject({ parsed: 1, modified: 1 });
    expect(result.changes.modified).toEqual(['lib/util.js']);
  });

  it('trusts an unchanged size and mtime once the file is older than the last sync', async () => {
    const root = gitRepo({ ...SOURCES });
    const old = new Date(Date.now() - 60_000);
    for (const path of Object.keys(SOURCES)) utimesSync(join(root, path), old, old);
    await syncIndex(root);
    const result = await syncIndex(root);
    expect(result.files).toMatchObject({ parsed: 0, modified: 0, unchanged: 7 });
  });

  it('sees a change of context.exclude between syncs', async () => {
    const root = gitRepo({ ...SOURCES, '.ce/config.yml': 'context:\n  exclude: []\n' });
    await syncIndex(root);
    await syncIndex(root);
    expect(readManifest(root)!.files['py/service.py']).toBeDefined();
    writeFileSync(join(root, '.ce/config.yml'), 'context:\n  exclude:\n    - py/\n');
    const result = await syncIndex(root);
    expect(result.changes.deleted).toEqual(['py/service.py']);
    writeFileSync(join(root, '.ce/config.yml'), 'context:\n  exclude: 3\n');
    await expect(syncIndex(root)).rejects.toThrow(/exclude/);
  });

  it('rewrites only the symbol shard of the changed file on an incremental sync', async () => {
    const root = gitRepo({ ...SOURCES });
    await syncIndex(root);
    const dir = indexPaths(root).symbols;
    const before = readTree(dir);
    writeFileSync(join(root, 'java/App.java'), 'public class App { public void only() {} }\n');
    await syncIndex(root);
    const after = readTree(dir);
    const rewritten = Object.keys(after).filter((shard) => !after[shard]!.equals(before[shard] ?? Buffer.alloc(0)));
    expect(rewritten).toHaveLength(1);
    expect(after[rewritten[0]!]!.toString()).toContain('"java/App.java"');
  });
});

describe('syncIndex: what it skips, walks and repairs', () => {
  it('respects .gitignore and context.exclude', async () => {
    const root = gitRepo({
      '.gitignore': 'build/\n*.gen.ts\n',
      '.ce/config.yml': 'context:\n  exclude:\n    - vendor/\n',
      'src/a.ts': 'export const a = 1;\n',
      'src/b.gen.ts': 'export const b = 1;\n',
      'build/out.js': 'function out() {}\n',
      'vendor/lib.py': 'def lib(): pass\n',
    });
    const result = await syncIndex(root);
    expect(Object.keys(readManifest(root)!.files).sort()).toEqual(['.gitignore', 'src/a.ts']);
    expect(result.symbols).toBe(1);
  });

  it('skips and reports huge files, binary files and symlinks', async () => {
    const root = gitRepo({
      '.ce/config.yml': 'context:\n  maxFileBytes: 2000\n',
      'src/small.ts': 'export const small = 1;\n',
      'src/huge.ts': `export const huge = "${'x'.repeat(5000)}";\n`,
      'src/blob.js': Buffer.from([0x66, 0x6e, 0x00, 0x01, 0x02, 0x03]),
    });
    symlinkSync('small.ts', join(root, 'src/link.ts'));
    const result = await syncIndex(root);
    const skipped = Object.fromEntries(result.skipped.map((s) => [s.path, s.reason]));
    expect(skipped).toEqual({ 'src/huge.ts': 'too-large', 'src/blob.js': 'binary', 'src/link.ts': 'symlink' });
    expect(result.symbols).toBe(1);
    expect(CodeIndex.open(root).findSymbol({ namePath: 'small' }).matches[0]!.file).toBe('src/small.ts');
  });

  it('indexes a file whose name is not UTF-8 under an escaped name and reports it', async () => {
    const root = gitRepo({ 'ok.py': 'def ok(): pass\n' });
    const rawName = Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9]), Buffer.from('.py')]);
    writeFileSync(rawName, 'def latin(): pass\n');
    const result = await syncIndex(root);
    expect(result.nonUtf8Names).toEqual(['caf\\xe9.py']);
    const index = CodeIndex.open(root);
    const match = index.findSymbol({ namePath: 'latin', includeBody: true }).matches[0]!;
    expect(match.file).toBe('caf\\xe9.py');
    expect(match.body).toBe('def latin(): pass');
  });

  it('reports files with syntax errors and keeps what parsed', async () => {
    const root = gitRepo({ 'src/broken.ts': 'export function fine() {}\nexport function broken( {\n' });
    const result = await syncIndex(root);
    expect(result.syntaxErrors.map((e) => e.path)).toEqual(['src/broken.ts']);
    expect(CodeIndex.open(root).findSymbol({ namePath: 'fine' }).total).toBe(1);
  });

  it('walks a folder that is not a git repository, honouring nested .gitignore files', async () => {
    const root = useTempDir();
    writeTree(root, {
      '.gitignore': 'dist/\n',
      'src/.gitignore': 'secret.ts\n',
      'src/main.ts': 'export function main() {}\n',
      'src/secret.ts': 'export function secret() {}\n',
      'dist/main.js': 'function built() {}\n',
    });
    const result = await syncIndex(root);
    expect(result.commit).toBeNull();
    expect(Object.keys(readManifest(root)!.files).sort()).toEqual(['.gitignore', 'src/.gitignore', 'src/main.ts']);
  });

  it('rebuilds the index when its files are damaged', async () => {
    const root = gitRepo({ ...SOURCES });
    await syncIndex(root);
    const shards = readdirSync(indexPaths(root).symbols);
    expect(shards.length).toBeGreaterThan(1);
    for (const shard of shards) writeFileSync(join(indexPaths(root).symbols, shard), '{ not json');
    writeFileSync(join(root, 'lib/util.js'), 'function changed() {}\n');
    const result = await syncIndex(root);
    expect(result.full).toBe(true);
    expect(CodeIndex.open(root).findSymbol({ namePath: 'Runner' }).total).toBe(1);
    writeFileSync(indexPaths(root).manifest, 'garbage');
    expect((await syncIndex(root)).full).toBe(true);
    expect(existsSync(indexPaths(root).symbols)).toBe(true);
  });
});

describe('syncIndex: index files that are not regular files', () => {
  it('rebuilds the index, never waiting on a fifo planted as the manifest or as a symbol shard', async () => {
    const root = gitRepo({ ...SOURCES });
    await syncIndex(root);
    const shard = join(indexPaths(root).symbols, readdirSync(indexPaths(root).symbols)[0]!);
    rmSync(shard);
    execFileSync('mkfifo', [shard]);
    writeFileSync(join(root, 'lib/util.js'), 'function changed() {}\n');
    expect((await syncIndex(root)).full).toBe(true);
    expect(CodeIndex.open(root).findSymbol({ namePath: 'Runner' }).total).toBe(1);
    rmSync(indexPaths(root).manifest);
    execFileSync('mkfifo', [indexPaths(root).manifest]);
    const rebuilt = await syncIndex(root);
    expect(rebuilt.full).toBe(true);
    expect(readManifest(root)?.files['lib/util.js']).toBeDefined();
  });
});

describe('syncIndex cancelled', () => {
  it('throws cancelled and writes no index when its signal has aborted', async () => {
    const root = gitRepo({ ...SOURCES });
    await expect(syncIndex(root, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(indexPaths(root).manifest)).toBe(false);
  });
});
