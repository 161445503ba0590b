import { parseSource, plainTree } from '@ce/parse';
import type { FileFeatures } from './features.js';
import { annotationObservations } from './python/annotations.js';
import { asyncStyleObservations } from './python/async-style.js';
import { dataFlowObservations } from './python/data-flow.js';
import { errorHandlingObservations } from './python/error-handling.js';
import { countFunctions } from './python/functions.js';
import { namingObservations } from './python/naming.js';
import { pySource } from './python/source.js';
import { structureObservations } from './python/structure.js';

/** Extracts the pattern features of a Python file with tree-sitter: one visitor per category over the same tree. */
export async function extractPython(file: string, text: string): Promise<FileFeatures> {
  const tree = await parseSource('python', text);
  try {
    // Copied out once: the visitors below read every node several times.
    const root = plainTree(tree, text);
    const src = pySource(file, root);
    const observations = [
      ...namingObservations(src),
      ...structureObservations(src),
      ...annotationObservations(src),
      ...asyncStyleObservations(src),
      ...dataFlowObservations(src),
      ...errorHandlingObservations(src),
    ];
    return {
      file,
      family: 'python',
      observations: observations.filter((o) => o.styles.length > 0),
      functionCount: countFunctions(src),
      ...(tree.rootNode.hasError ? { problem: 'syntax error (analysed as far as it parsed)' } : {}),
    };
  } finally {
    tree.delete();
  }
}
