import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isInside } from '@ce/core';
import { dirname, resolve } from 'node:path';
import type ts from 'typescript';
import type { FileFeatures } from '../features.js';
import { loadTypeScript } from '../typescript-loader.js';
import { asyncStyleOf } from './async-style.js';
import { lineOf, tsSource, type TsSource } from './source.js';
import { scriptKind, type Ts } from './syntax.js';

/** Cheap test before parsing: a class that extends something, and a relative module. */
const EXTENDS = /\bextends\s+[A-Za-z_$]/;
const RELATIVE_MODULE = /(?:require\(|from\s)\s*['"]\.\.?\//;
const MODULE_SUFFIXES = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '/index.ts', '/index.js'];

type Method = ts.MethodDeclaration & { body: ts.Block };

/** `const Base = require('./base')`, `const { Base } = require('./base')`, `import Base from './base'`, `import { Base } from './base'` → Base → './base'. */
function relativeModules(T: Ts, sf: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  const note = (names: string[], spec: string): void => {
    if (spec.startsWith('.')) for (const n of names) out.set(n, spec);
  };
  for (const st of sf.statements) {
    if (T.isImportDeclaration(st) && T.isStringLiteral(st.moduleSpecifier) && st.importClause) {
      const { name, namedBindings } = st.importClause;
      const named = namedBindings && T.isNamedImports(namedBindings) ? namedBindings.elements.map((e) => e.name.text) : [];
      note([...(name ? [name.text] : []), ...named], st.moduleSpecifier.text);
    }
    if (!T.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const init = d.initializer;
      if (!init || !T.isCallExpression(init) || init.expression.getText(sf) !== 'require') continue;
      const spec = init.arguments[0];
      if (!spec || !T.isStringLiteral(spec)) continue;
      const names = T.isIdentifier(d.name)
        ? [d.name.text]
        : T.isObjectBindingPattern(d.name)
          ? d.name.elements.map((e) => e.name.getText(sf))
          : [];
      note(names, spec.text);
    }
  }
  return out;
}

/** Larger files are generated or bundled: L4 skips them as inputs (resolve-inputs.ts), so here too. */
const MAX_BASE_BYTES = 1_048_576;

/**
 * The file a relative module names, if the repository holds it: resolved through symlinks, so a
 * link inside the repository to a file outside it is not read, and no larger than an L4 input.
 */
function moduleFile(repo: string, fromFile: string, spec: string): string | undefined {
  const base = resolve(dirname(fromFile), spec);
  const file = MODULE_SUFFIXES.map((s) => base + s).find((f) => existsSync(f) && statSync(f).isFile());
  if (!file || statSync(file).size > MAX_BASE_BYTES) return undefined;
  return isInside(realpathSync(repo), realpathSync(file)) ? file : undefined;
}

/** Every class of a file, declared or expressed (`module.exports = class Oracle extends Transaction`). */
function classesOf(T: Ts, sf: ts.SourceFile): ts.ClassLikeDeclaration[] {
  const out: ts.ClassLikeDeclaration[] = [];
  const visit = (n: ts.Node): void => {
    if (T.isClassDeclaration(n) || T.isClassExpression(n)) out.push(n);
    T.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function methodsOf(T: Ts, cls: ts.ClassLikeDeclaration): Method[] {
  return cls.members.filter((m): m is Method => T.isMethodDeclaration(m) && m.body !== undefined && T.isIdentifier(m.name));
}

/** The base class's methods with their async style: the class of that name, or the module's only class. */
async function baseMethodStyles(file: string, className: string): Promise<Map<string, string>> {
  const T = await loadTypeScript();
  const sf = T.createSourceFile(file, readFileSync(file, 'utf8'), T.ScriptTarget.Latest, true, scriptKind(T, file));
  const src = tsSource(T, sf, file);
  const classes = classesOf(T, sf);
  const cls = classes.find((c) => c.name?.text === className) ?? (classes.length === 1 ? classes[0] : undefined);
  return new Map((cls ? methodsOf(T, cls) : []).map((m) => [(m.name as ts.Identifier).text, asyncStyleOf(src, m)]));
}

/** The lines of the methods that override a base-class method of the same name in the same asynchronous style. */
async function inheritedStyleLines(src: TsSource, repo: string, fileAbs: string): Promise<Set<number>> {
  const { T, sf } = src;
  const modules = relativeModules(T, sf);
  const lines = new Set<number>();
  for (const cls of classesOf(T, sf)) {
    const base = cls.heritageClauses?.find((h) => h.token === T.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    const spec = base && T.isIdentifier(base) ? modules.get(base.text) : undefined;
    const file = spec ? moduleFile(repo, fileAbs, spec) : undefined;
    if (!file || !base || !T.isIdentifier(base)) continue;
    const styles = await baseMethodStyles(file, base.text);
    for (const m of methodsOf(T, cls)) {
      const style = asyncStyleOf(src, m);
      if (style !== 'sync' && styles.get((m.name as ts.Identifier).text) === style) lines.add(lineOf(src, m));
    }
  }
  return lines;
}

/** The asynchronous styles a method can have: an override that keeps its base's fits any of them. */
const ASYNC_STYLES = ['await', 'then', 'callback', 'blocking'];

/**
 * A method that overrides a method of its base class (a class of the repository, imported from a
 * relative module) in the base method's own asynchronous style keeps the contract it inherits: an
 * `async acquireConnection` overriding an `async acquireConnection` is how the base is extended,
 * not a style the author chose against the sibling subclasses; a reviewer checks it against the
 * method it overrides. Such a method fits the house whatever its style (it still counts among the
 * file's methods, as one that follows the house); methods of the subclass's own, and overrides in
 * another style than their base's, are compared with the examples as before.
 */
export async function widenInheritedAsyncStyle(root: string, features: FileFeatures, text: string): Promise<void> {
  if (features.family !== 'js' || !EXTENDS.test(text) || !RELATIVE_MODULE.test(text)) return;
  const repo = resolve(root);
  const fileAbs = resolve(repo, features.file);
  if (!existsSync(fileAbs)) return;
  const T = await loadTypeScript();
  const sf = T.createSourceFile(features.file, text, T.ScriptTarget.Latest, true, scriptKind(T, features.file));
  const lines = await inheritedStyleLines(tsSource(T, sf, features.file), repo, fileAbs);
  if (lines.size === 0) return;
  features.observations = features.observations.map((o) =>
    o.category === 'async-style' && lines.has(o.line) && o.styles.length === 1
      ? { ...o, styles: [o.styles[0] as string, ...ASYNC_STYLES.filter((s) => s !== o.styles[0])] }
      : o,
  );
}
