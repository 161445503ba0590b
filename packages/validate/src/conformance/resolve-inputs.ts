import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { codeBlocks, readPrp, resolveInRepo, UsageError } from '@ce/core';
import { languageForFile } from '@ce/parse';
import { isAnalysable } from './extract-features.js';
import type { ConformanceOptions } from './index.js';

/** A source text to analyse: a file (repo-relative path) or a code block of a PRP. */
export interface SourceInput {
  path: string;
  text: string;
}

export interface ConformanceInputs {
  examples: SourceInput[];
  files: SourceInput[];
  warnings: string[];
}

/** Larger files are generated or bundled code, not patterns a team chose. */
const MAX_FILE_BYTES = 1_048_576;
const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  'coverage',
  '.ce',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.next',
  'target',
  'vendor',
]);
const BLOCK_EXT: Record<string, string> = {
  ts: 'ts',
  typescript: 'ts',
  tsx: 'tsx',
  js: 'js',
  javascript: 'js',
  jsx: 'jsx',
  mjs: 'js',
  cjs: 'js',
  py: 'py',
  python: 'py',
};

/** Documents, data and configuration: what a PRP also points to that is no code of any language. */
const NOT_CODE =
  /\.(?:md|mdx|markdown|txt|rst|adoc|json|jsonc|ya?ml|toml|ini|cfg|conf|lock|csv|xml|html?|css|scss|less|svg|png|jpe?g|gif|webp|ico|pdf)$/i;

/** Whether a path names a source file (of any language: `lib/task.rb`, `src/main.c`). */
function isSourceFile(path: string): boolean {
  return languageForFile(path) !== undefined || (/\.[A-Za-z][A-Za-z0-9+]{0,5}$/.test(path) && !NOT_CODE.test(path));
}

/** The first few referenced source files of languages L4 does not analyse (`bind.go, binder.go`), if any. */
function notAnalysed(paths: string[]): string | undefined {
  const other = [...new Set(paths)].filter((p) => isSourceFile(p) && !isAnalysable(p));
  if (other.length === 0) return undefined;
  return other.length > 3 ? `${other.slice(0, 3).join(', ')} and ${other.length - 3} more` : other.join(', ');
}

/** Source files under a folder that L4 analyses (dependency and build folders skipped), sorted. */
export function sourceFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (SKIP_DIRS.has(name) || name.startsWith('.')) continue;
      const full = join(d, name);
      const st = statSync(full, { throwIfNoEntry: false });
      if (st?.isDirectory()) walk(full);
      else if (st?.isFile() && isAnalysable(name) && !name.endsWith('.d.ts')) out.push(full);
    }
  };
  walk(dir);
  return out;
}

function expand(root: string, given: string[], what: string, warnings: string[], required: boolean): SourceInput[] {
  const out: SourceInput[] = [];
  const seen = new Set<string>();
  for (const p of given) {
    const abs = resolveInRepo(root, p, what);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) {
      if (required)
        throw new UsageError('path-not-found', `${p}: ${what} not found`, { hint: 'paths are relative to the repository root' });
      warnings.push(`${p}: not found, skipped`);
      continue;
    }
    const files = st.isDirectory() ? sourceFilesUnder(abs) : [abs];
    if (!st.isDirectory() && !isAnalysable(abs)) {
      warnings.push(`${p}: not a TypeScript, JavaScript or Python file, skipped`);
      continue;
    }
    for (const f of files) {
      const rel = relative(root, f).split('\\').join('/');
      if (seen.has(rel)) continue;
      seen.add(rel);
      if ((statSync(f, { throwIfNoEntry: false })?.size ?? 0) > MAX_FILE_BYTES) {
        warnings.push(`${rel}: larger than ${MAX_FILE_BYTES} bytes (generated or bundled?), skipped`);
        continue;
      }
      out.push({ path: rel, text: readFileSync(f, 'utf8') });
    }
  }
  return out;
}

/**
 * What L4 compares: examples and implementation files given directly, or taken from a PRP (the
 * paths and code blocks of EXAMPLES / All Needed Context; the files the blueprint creates or
 * modifies). Exit 2 when a given path is missing or either side ends up empty.
 */
export function resolveInputs(options: ConformanceOptions): ConformanceInputs {
  const { root } = options;
  const warnings: string[] = [];
  let examples: SourceInput[] = [];
  let files: SourceInput[] = [];
  if (options.files?.length) files = expand(root, options.files, 'implementation file', warnings, true);
  if (options.examples?.length) examples = expand(root, options.examples, 'example', warnings, true);
  if (options.prp) {
    const prpAbs = resolveInRepo(root, options.prp, 'PRP file');
    if (!existsSync(prpAbs))
      throw new UsageError('prp-not-found', `${options.prp}: PRP file not found`, {
        hint: 'pass the path of the PRP file, e.g. PRPs/PRP-3-auth.md',
      });
    const prp = readPrp(prpAbs);
    const prpRel = relative(root, prpAbs).split('\\').join('/');
    if (!options.files?.length) {
      const paths = [...new Set(prp.tasks.flatMap((t) => t.files.filter((f) => f.action !== 'delete').map((f) => f.path)))];
      files = expand(root, paths, 'implementation file', warnings, false);
    }
    const implPaths = new Set(files.map((f) => f.path));
    if (!options.examples?.length) {
      const candidates = prp.contextPaths.filter((p) => !implPaths.has(p.replace(/\/$/, '')) && (p.endsWith('/') || isAnalysable(p)));
      examples = expand(root, candidates, 'example', warnings, false).filter((e) => !implPaths.has(e.path));
      const doc = prp.document;
      const sections = [doc.section('examples'), prp.sections.context].filter((s) => s !== undefined);
      const seenBlocks = new Set<string>();
      let n = 0;
      for (const s of sections) {
        for (const block of codeBlocks(doc.sectionContent(s))) {
          const ext = BLOCK_EXT[block.lang];
          if (!ext || seenBlocks.has(block.code)) continue;
          seenBlocks.add(block.code);
          n++;
          examples.push({ path: `${prpRel}#example-${n}.${ext}`, text: block.code });
        }
      }
    }
    if (examples.length === 0) {
      const other = notAnalysed(prp.contextPaths);
      throw new UsageError(
        'no-examples',
        other
          ? `${prpRel}: level 4 compares TypeScript, JavaScript and Python code only (its examples: ${other})`
          : `${prpRel}: no example files or code blocks to compare with`,
        { hint: 'list example paths (e.g. examples/…) under EXAMPLES or All Needed Context, or pass --examples' },
      );
    }
    if (files.length === 0) {
      const other = notAnalysed(prp.tasks.flatMap((t) => t.files.map((f) => f.path)));
      throw new UsageError(
        'no-implementation-files',
        other
          ? `${prpRel}: level 4 compares TypeScript, JavaScript and Python code only (its files: ${other})`
          : `${prpRel}: the blueprint names no existing source files to check`,
        { hint: 'name the files each task creates or modifies (CREATE src/…), or pass --files' },
      );
    }
  }
  if (examples.length === 0)
    throw new UsageError('no-examples', 'no example files to compare with', { hint: 'pass --examples PATH… or --prp FILE' });
  if (files.length === 0)
    throw new UsageError('no-implementation-files', 'no implementation files to check', { hint: 'pass --files PATH… or --prp FILE' });
  return { examples, files, warnings };
}
