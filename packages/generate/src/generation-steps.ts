import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type CodeIndex } from '@ce/context';
import { loadConfig } from '@ce/core';
import { planValidation } from '@ce/validate';
import { estimateComplexity, subsystemOf } from './complexity.js';
import { context7Docs } from './docs/context7-docs.js';
import { localLibraryDocs, type LibraryDocs } from './docs/local-docs.js';
import type { DocsResult, LevelCommands } from './generation-facts.js';
import type { ParsedInitial } from './parse-initial.js';
import { queryTerms } from './research/rank-files.js';
import { researchCode, type CodeResearch } from './research/research-code.js';

/** Research on the code index for a parsed INITIAL.md. */
export function researchFor(index: CodeIndex, initial: ParsedInitial): CodeResearch {
  return researchCode(index, { title: initial.title, feature: initial.feature, other: initial.other, examples: initial.examplePaths });
}

/** Asks Context7 for the docs of these libraries about a query (over MCP; or a recorded session). */
export type Context7Source = (libraries: string[], query: string) => Promise<LibraryDocs[]>;

/** The Context7 server `.ce/config.yml` configures (`context7.enabled` and `command`), if any. */
export function configuredContext7(root: string): Context7Source | undefined {
  const { context7 } = loadConfig(root).config;
  if (!context7.enabled || !context7.command) return undefined;
  const command = context7.command;
  return (libraries, query) => context7Docs({ command, args: context7.args, cwd: root }, libraries, query);
}

/**
 * The documentation of a feature: URLs verbatim, local files, and the libraries named in the
 * DOCUMENTATION or imported by the files to change — from Context7 when a source is given (falling
 * back with a warning when it fails), else from where they are installed.
 */
export async function docsFor(
  root: string,
  initial: ParsedInitial,
  research: CodeResearch,
  context7: Context7Source | undefined = configuredContext7(root),
): Promise<DocsResult> {
  const words = new Set([...queryTerms({ title: initial.title, feature: initial.feature, other: '', examples: [] }).keys()]);
  const named = initial.libraries;
  const imported = research.packages.map((p) => (p.startsWith('@') ? p.split('/').slice(0, 2).join('/') : (p.split(/[/.]/)[0] as string)));
  const wanted = [...new Set([...named, ...imported])];
  const warnings: string[] = [];
  const libraries: LibraryDocs[] = [];
  if (context7 && named.length > 0) {
    try {
      libraries.push(...(await context7(named, initial.title)));
    } catch (error) {
      warnings.push(`Context7 failed (${(error as Error).message}); library docs come from the installed packages`);
    }
  }
  const notFound: string[] = [];
  for (const name of wanted.filter((n) => !n.startsWith('/'))) {
    if (libraries.some((l) => l.libraryId.toLowerCase().includes(name.toLowerCase()))) continue;
    const docs = localLibraryDocs(root, name, words);
    if (docs) libraries.push(docs);
    else if (named.includes(name)) notFound.push(name);
  }
  return {
    libraries: libraries.slice(0, 6),
    urls: initial.urls,
    docFiles: initial.docFiles.filter((f) => existsSync(join(root, f))),
    notFound,
    warnings,
  };
}

/** Validation commands per level from @ce/validate's inference (with `.ce/config.yml` first). */
export function commandsFor(root: string): LevelCommands {
  const plan = planValidation({ root });
  const at = (l: '1' | '2' | '3'): string[] =>
    plan.levels[l].map((c) => (c.cwd && c.cwd !== '.' ? `cd ${c.cwd} && ${c.command}` : c.command));
  return { 1: at('1'), 2: at('2'), 3: at('3') };
}

/** The complexity estimate from research and docs. */
export function complexityFor(research: CodeResearch, docs: DocsResult) {
  const touched = [...research.files.modify, ...research.files.create];
  return estimateComplexity({
    files: touched.length,
    subsystems: new Set(touched.map(subsystemOf)).size,
    newDependencies: docs.notFound.length,
  });
}
