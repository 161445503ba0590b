import { boundedRecursion } from '@ce/core';
import { languageForFile } from '@ce/parse';
import { extractPython } from './extract-python.js';
import { extractTypeScript } from './extract-typescript.js';
import type { FileFeatures } from './features.js';

/** Whether L4 can extract patterns from this file (TypeScript, TSX, JavaScript, Python). */
export function isAnalysable(file: string): boolean {
  const lang = languageForFile(file);
  return lang === 'typescript' || lang === 'tsx' || lang === 'javascript' || lang === 'python';
}

/**
 * The pattern features of one source file, by its extension: the TypeScript compiler's parser for
 * TS/TSX/JS, tree-sitter for Python. Returns undefined for languages L4 does not analyse.
 */
export async function extractFeatures(file: string, text: string): Promise<FileFeatures | undefined> {
  const lang = languageForFile(file);
  // The visitors recurse per syntax level: a pathological file is bad input, not a crash.
  if (lang === 'typescript' || lang === 'tsx' || lang === 'javascript') return boundedRecursion(file, () => extractTypeScript(file, text));
  if (lang === 'python') return boundedRecursion(file, () => extractPython(file, text));
  return undefined;
}
