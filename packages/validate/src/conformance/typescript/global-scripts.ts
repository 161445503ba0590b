import type ts from 'typescript';

/**
 * The first top-level statement through which a file with no module syntax publishes itself: a
 * call or an assignment on something global (`showdown.subParser('x', function …)`,
 * `window.x = …`). TypeScript, as ECMAScript, treats a file without a top-level `import` or
 * `export` as a script whose contents share the global scope, so such a file follows neither
 * the ESM nor the CommonJS house. Directives (`'use strict'`) and declaration-only files are no
 * evidence: they say nothing about how the file is loaded.
 */
export function globalScriptStatement(T: typeof ts, sf: ts.SourceFile): ts.Statement | undefined {
  if (sf.isDeclarationFile) return undefined;
  return sf.statements.find((st) => T.isExpressionStatement(st) && !T.isStringLiteral(st.expression));
}
