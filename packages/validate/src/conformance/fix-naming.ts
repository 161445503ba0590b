import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ts from 'typescript';
import { loadTypeScript } from './typescript-loader.js';
import { cePaths, withLock, writeFileAtomic } from '@ce/core';
import { languageForFile, parseSource, type SyntaxNode } from '@ce/parse';
import { toNamingStyle, type NamingStyle } from './naming-style.js';
import { sourceFilesUnder } from './resolve-inputs.js';
import type { ConformanceAnalysis } from './analyze.js';

export interface NamingFix {
  kind: string;
  from: string;
  to: string;
  /** Files in which the identifier was renamed. */
  files: string[];
}

export interface NamingFixResult {
  renames: NamingFix[];
  /** Names left alone, with why (exported and used elsewhere, the new name is taken, …). */
  skipped: { name: string; reason: string }[];
  filesChanged: string[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const PROPERTY_KINDS = new Set(['function']);

function tsEdits(T: typeof ts, file: string, text: string, renames: Map<string, { to: string; kind: string }>): Edit[] {
  const kind = file.endsWith('.tsx')
    ? T.ScriptKind.TSX
    : file.endsWith('.jsx')
      ? T.ScriptKind.JSX
      : /\.[mc]?js$/.test(file)
        ? T.ScriptKind.JS
        : T.ScriptKind.TS;
  const sf = T.createSourceFile(file, text, T.ScriptTarget.Latest, true, kind);
  const edits: Edit[] = [];
  const visit = (n: ts.Node): void => {
    if (T.isIdentifier(n)) {
      const r = renames.get(n.text);
      if (r) {
        const p = n.parent;
        const isPropertyName =
          (T.isPropertyAccessExpression(p) && p.name === n) ||
          ((T.isPropertyAssignment(p) ||
            T.isMethodDeclaration(p) ||
            T.isPropertyDeclaration(p) ||
            T.isPropertySignature(p) ||
            T.isMethodSignature(p)) &&
            p.name === n) ||
          (T.isBindingElement(p) && p.propertyName === n) ||
          T.isImportSpecifier(p) ||
          T.isExportSpecifier(p);
        const declaredMember = (T.isMethodDeclaration(p) || T.isPropertyDeclaration(p)) && p.name === n;
        if (
          T.isShorthandPropertyAssignment(p) ||
          (T.isBindingElement(p) && !p.propertyName && p.name === n && T.isObjectBindingPattern(p.parent))
        ) {
          edits.push({ start: n.getStart(sf), end: n.end, text: `${n.text}: ${r.to}` });
        } else if (!isPropertyName || declaredMember || PROPERTY_KINDS.has(r.kind)) {
          edits.push({ start: n.getStart(sf), end: n.end, text: r.to });
        }
      }
    }
    T.forEachChild(n, visit);
  };
  visit(sf);
  return edits;
}

async function pyEdits(text: string, renames: Map<string, { to: string; kind: string }>): Promise<{ edits: Edit[]; hadError: boolean }> {
  const tree = await parseSource('python', text);
  const edits: Edit[] = [];
  const visit = (n: SyntaxNode): void => {
    if (n.type === 'identifier') {
      const r = renames.get(n.text);
      const p = n.parent;
      const isAttribute = p?.type === 'attribute' && p.childForFieldName('attribute')?.id === n.id;
      if (r && (!isAttribute || PROPERTY_KINDS.has(r.kind))) edits.push({ start: n.startIndex, end: n.endIndex, text: r.to });
    }
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(tree.rootNode);
  const hadError = tree.rootNode.hasError;
  tree.delete();
  return { edits, hadError };
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * The safe mechanical fix for naming drift: renames the implementation's identifiers whose
 * convention the examples do not use to the examples' dominant convention for that kind of
 * identifier, in every implementation file (identifier tokens only, never strings or comments).
 * A name is left alone when it is exported and used by a file outside the implementation, when the
 * new name is already taken, or when the rename would not parse. Files are written atomically.
 */
export async function fixNaming(analysis: ConformanceAnalysis, root: string): Promise<NamingFixResult> {
  const T = await loadTypeScript();
  const naming = analysis.categories.find((c) => c.category === 'naming');
  const implFiles = analysis.implementation.map((f) => f.file).filter((f) => !f.includes('#'));
  const texts = new Map(implFiles.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
  const skipped: NamingFixResult['skipped'] = [];
  const renames = new Map<string, { to: string; kind: string }>();
  let outside: string[] | undefined;
  for (const s of naming?.scored ?? []) {
    const o = s.observation;
    if (s.foreignness <= 0 || !o.name || o.kind === 'file' || renames.has(o.name)) continue;
    const target = [...s.expected.counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as NamingStyle | undefined;
    if (!target) continue;
    const to = toNamingStyle(o.name, target);
    if (to === o.name) continue;
    const word = new RegExp(`(?<![\\w$])${to.replace(/[$]/g, '\\$')}(?![\\w$])`);
    if ([...texts.values()].some((t) => word.test(t))) {
      skipped.push({ name: o.name, reason: `"${to}" is already used` });
      continue;
    }
    if (o.exported) {
      outside ??= sourceFilesUnder(root)
        .map((f) =>
          f
            .slice(root.length + 1)
            .split('\\')
            .join('/'),
        )
        .filter((f) => !texts.has(f) && !analysis.examples.some((e) => e.file === f));
      const used = new RegExp(`(?<![\\w$])${o.name.replace(/[$]/g, '\\$')}(?![\\w$])`);
      const user = outside.find((f) => used.test(readFileSync(join(root, f), 'utf8')));
      if (user) {
        skipped.push({ name: o.name, reason: `exported and used by ${user}` });
        continue;
      }
    }
    renames.set(o.name, { to, kind: o.kind ?? 'variable' });
  }
  if (renames.size === 0) return { renames: [], skipped, filesChanged: [] };

  const updated = new Map<string, string>();
  const touched = new Map<string, Set<string>>();
  for (const [file, text] of texts) {
    const lang = languageForFile(file);
    let next: string;
    let edits: Edit[];
    if (lang === 'python') {
      const r = await pyEdits(text, renames);
      edits = r.edits;
      next = applyEdits(text, edits); // web-tree-sitter indexes JS strings in UTF-16 units, like slice()
      if (edits.length && !r.hadError) {
        const check = await parseSource('python', next);
        const broken = check.rootNode.hasError;
        check.delete();
        if (broken) {
          skipped.push({ name: file, reason: 'renaming would not parse; file left unchanged' });
          continue;
        }
      }
    } else {
      edits = tsEdits(T, file, text, renames);
      next = applyEdits(text, edits);
    }
    if (next === text) continue;
    updated.set(file, next);
    for (const [from, r] of renames)
      if (edits.some((e) => e.text === r.to || e.text === `${from}: ${r.to}`))
        (touched.get(from) ?? touched.set(from, new Set()).get(from))?.add(file);
  }
  await withLock(
    cePaths(root).lock,
    () => {
      for (const [file, text] of updated) writeFileAtomic(join(root, file), text);
    },
    { purpose: 'ce validate --level 4 auto-fix' },
  );
  return {
    renames: [...renames.entries()]
      .filter(([from]) => touched.has(from))
      .map(([from, r]) => ({ kind: r.kind, from, to: r.to, files: [...(touched.get(from) ?? [])].sort() })),
    skipped,
    filesChanged: [...updated.keys()].sort(),
  };
}
