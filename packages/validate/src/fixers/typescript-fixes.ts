import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type ts from 'typescript';
import { writeFileAtomic } from '@ce/core';
import type { Diagnostic } from '../diagnostics/index.js';
import { loadTypeScript } from '../conformance/typescript-loader.js';

/** The compiler's API (its default export), loaded lazily. */
type TypeScriptApi = typeof ts;

const TS_FILE = /\.(?:[cm]?tsx?|[cm]?jsx?)$/;
/** Diagnostics that an unused import explains: ESLint's no-unused-vars rules and tsc's "declared but never read". */
const UNUSED = /no-unused-vars|unused-imports|TS6133|TS6192|TS6196|TS6198/;

/** The files whose reported problems an unused import may cause. */
export function filesWithUnusedImports(diagnostics: readonly Diagnostic[]): string[] {
  return [...new Set(diagnostics.filter((d) => d.file && TS_FILE.test(d.file) && UNUSED.test(d.rule)).map((d) => d.file))];
}

function languageService(
  ts: TypeScriptApi,
  configFile: string | undefined,
  extraFiles: string[],
): { service: ts.LanguageService; versions: Map<string, number> } {
  let options: ts.CompilerOptions = {
    allowJs: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  };
  let fileNames: string[] = [];
  let baseDir = dirname(extraFiles[0] ?? '.');
  if (configFile) {
    const read = ts.readConfigFile(configFile, (f) => ts.sys.readFile(f));
    baseDir = dirname(configFile);
    const parsed = ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, baseDir, undefined, configFile);
    options = parsed.options;
    fileNames = parsed.fileNames;
  }
  const roots = [...new Set([...fileNames, ...extraFiles])];
  const versions = new Map<string, number>(roots.map((f) => [f, 0]));
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [...versions.keys()],
    getScriptVersion: (f) => String(versions.get(f) ?? 0),
    getScriptSnapshot: (f) => {
      const text = ts.sys.readFile(f);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => baseDir,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => ts.sys.fileExists(f),
    readFile: (f) => ts.sys.readFile(f),
    readDirectory: (...a) => ts.sys.readDirectory(...a),
    directoryExists: (d) => ts.sys.directoryExists(d),
    getDirectories: (d) => ts.sys.getDirectories(d),
  };
  return { service: ts.createLanguageService(host, ts.createDocumentRegistry()), versions };
}

function applyChanges(text: string, changes: readonly ts.TextChange[]): string {
  let out = text;
  for (const change of [...changes].sort((a, b) => b.span.start - a.span.start)) {
    out = out.slice(0, change.span.start) + change.newText + out.slice(change.span.start + change.span.length);
  }
  return out;
}

/**
 * Removes unused imports with the TypeScript language service's organize-imports in its
 * remove-unused mode (no re-sorting), per tsconfig project. Only the given files are written.
 * Returns the files it changed (repository-relative).
 */
export async function removeUnusedImports(root: string, files: readonly string[]): Promise<string[]> {
  if (files.length === 0) return [];
  // Loaded only when there is something to fix: the compiler takes longer to load than a whole `ce validate --plan`.
  const ts = await loadTypeScript();
  const byConfig = new Map<string | undefined, string[]>();
  for (const file of files) {
    const abs = resolve(root, file);
    const config = ts.findConfigFile(dirname(abs), (f) => ts.sys.fileExists(f) && resolve(f).startsWith(resolve(root)));
    byConfig.set(config, [...(byConfig.get(config) ?? []), abs]);
  }
  const changed: string[] = [];
  for (const [config, absFiles] of byConfig) {
    const { service } = languageService(ts, config, absFiles);
    for (const abs of absFiles) {
      const edits = service.organizeImports(
        { type: 'file', fileName: abs, mode: ts.OrganizeImportsMode.RemoveUnused },
        { ...ts.getDefaultFormatCodeSettings('\n'), semicolons: ts.SemicolonPreference.Ignore },
        { quotePreference: 'auto', importModuleSpecifierPreference: 'relative' },
      );
      const own = edits.filter((e) => resolve(e.fileName) === abs).flatMap((e) => e.textChanges);
      if (own.length === 0) continue;
      const before = readFileSync(abs, 'utf8');
      const after = applyChanges(before, own);
      if (after === before) continue;
      writeFileAtomic(abs, after);
      changed.push(
        abs
          .slice(resolve(root).length + 1)
          .split('\\')
          .join('/'),
      );
    }
  }
  return changed;
}
