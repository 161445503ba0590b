import type ts from 'typescript';
import { loadTypeScript } from './typescript-loader.js';
import type { FileFeatures } from './features.js';
import { asyncStyleObservations } from './typescript/async-style.js';
import { dataFlowObservations } from './typescript/data-flow.js';
import { errorHandlingObservations } from './typescript/error-handling.js';
import { countFunctions } from './typescript/functions.js';
import { moduleSystemObservations } from './typescript/module-system.js';
import { namingObservations } from './typescript/naming.js';
import { tsSource } from './typescript/source.js';
import { structureObservations } from './typescript/structure.js';
import { exportFormObservations } from './typescript/export-forms.js';
import { scriptKind } from './typescript/syntax.js';

/**
 * Extracts the pattern features of a TypeScript / TSX / JavaScript file with the TypeScript
 * compiler's parser: one visitor per category over the same parse tree.
 */
export async function extractTypeScript(file: string, text: string): Promise<FileFeatures> {
  const T = await loadTypeScript();
  const sf = T.createSourceFile(file, text, T.ScriptTarget.Latest, true, scriptKind(T, file));
  const src = tsSource(T, sf, file);
  const observations = [
    ...moduleSystemObservations(src),
    ...namingObservations(src),
    ...structureObservations(src),
    ...exportFormObservations(src),
    ...asyncStyleObservations(src),
    ...dataFlowObservations(src),
    ...errorHandlingObservations(src),
  ];
  const problem = (sf as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics?.[0];
  return {
    file,
    family: 'js',
    observations: observations.filter((o) => o.styles.length > 0),
    functionCount: countFunctions(src),
    ...(problem ? { problem: `syntax error: ${T.flattenDiagnosticMessageText(problem.messageText, ' ')}` } : {}),
  };
}
