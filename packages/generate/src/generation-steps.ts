import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type CodeIndex } from '@ce/context';
import { planValidation } from '@ce/validate';
import { estimateComplexity, subsystemOf } from './complexity.js';
import { localLibraryDocs } from './docs/local-docs.js';
import type { DocsResult, LevelCommands } from './generation-facts.js';
import type { ParsedInitial } from './parse-initial.js';
import { queryTerms } from './research/rank-files.js';
import { researchCode, type CodeResearch } from './research/research-code.js';

/** Research on the code index for a parsed INITIAL.md. */
export function researchFor(index: CodeIndex, initial: ParsedInitial): CodeResearch {
  return researchCode(index, { title: initial.title, feature: initial.feature, other: initial.other, examples: initial.examplePaths });
}

/**
 * The documentation of a feature offline: URLs verbatim, local files, and the libraries named in
 * the DOCUMENTATION or imported by the files to change, from where they are installed.
 */
export function docsFor(root: string, initial: ParsedInitial, research: CodeResearch): DocsResult {
  const words = new Set([...queryTerms({ title: initial.title, feature: initial.feature, other: '', examples: [] }).keys()]);
  const named = initial.libraries.filter((l) => !l.startsWith('/'));
  const imported = research.packages.map((p) => (p.startsWith('@') ? p.split('/').slice(0, 2).join('/') : (p.split(/[/.]/)[0] as string)));
  const libraries = [];
  const notFound: string[] = [];
  for (const name of [...new Set([...named, ...imported])]) {
    const docs = localLibraryDocs(root, name, words);
    if (docs) libraries.push(docs);
    else if (named.includes(name)) notFound.push(name);
  }
  return {
    libraries: libraries.slice(0, 6),
    urls: initial.urls,
    docFiles: initial.docFiles.filter((f) => existsSync(join(root, f))),
    notFound,
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
