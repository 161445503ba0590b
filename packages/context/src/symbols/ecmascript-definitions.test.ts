import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isEcmaScript, languageForFile, parseEcmaScript, type LanguageId } from '@ce/parse';
import { extractSymbols, extractWithTreeSitter } from './extract-symbols.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every construct the tree-sitter walker reads, in one file. */
const EDGE_CASES = `
import { x } from './x.js';
/** Doc. */
export declare function declared(a: string): void;
declare const ambient: number;
export declare const ambientExported: number;
export function overload(a: string): void;
export function overload(a: unknown): void {}
export default function main() {}
export async function* gen<T>(a = { b: 1 }) {}
export interface Variance<in out T> { t: T }
export const { destructured, other }: Record<string, number> = x;
export const [first] = [1];
let later = 1, arrow = async () => {}, fn = function () {}, klass = class {}, paren = (() => 1);
var legacy;
namespace Outer.Inner { export const deep = 1; function hidden() {} namespace Nested { export type T = 1 } }
export namespace Exported { export class InNamespace { m() {} } }
declare global { interface Window { added: string } }
declare module 'ambient-module' { export function fromModule(): void; }
export abstract class Base<T extends { a: 1 }> extends Array<{ b: 2 }> implements Iterable<T> {
  static readonly count = 1;
  private secret = 2;
  protected guarded?: string;
  #hash = 3;
  declare declaredField: string;
  declare private declaredPrivate: never;
  public constructor(private readonly p: number) { super(); }
  abstract run(): void;
  get value(): number { return 1 }
  set value(v: number) {}
  static async *[Symbol.iterator]() {}
  'quoted-name'() {}
  overloaded(): void;
  overloaded(a?: number): void {}
  arrowMember = () => { return { nested: 1 } };
}
export interface Shape<T> extends Base<T> {
  readonly kind: 'circle';
  area(): number;
  [key: string]: unknown;
  (call: number): void;
  new (x: number): Shape<T>;
  nested: { inner: string };
}
export type Literal = { a: string; b(): void; readonly c?: number };
export type Union = { a: 1 } | { b: 2 };
export const enum Colour { Red, 'Green', 'Blue' = 2, Yellow = Red }
enum Plain { A = 1 }
const internal = 1, helper = () => internal;
export { internal, helper as renamed };
export type { Literal as L } from './x.js';
exports.commonJs = function () {};
module.exports.alsoCommonJs = class {};
module.exports = { notASymbol: 1 };
if (later) { const inBlock = 1; }
`;

const summary = (s: { kind: string; namePath: string; exported: boolean }) => `${s.kind} ${s.namePath}${s.exported ? ' +' : ''}`;

async function expectSameSymbols(language: LanguageId, source: string, file: string): Promise<'same' | 'tree-sitter-errors'> {
  const viaOxc = await extractSymbols(language, source, file);
  const viaTreeSitter = await extractWithTreeSitter(language, source, file);
  // Where tree-sitter-typescript misreads valid code it reports errors and invents symbols; oxc reads it right.
  if (viaTreeSitter.syntaxErrors.length > 0) return 'tree-sitter-errors';
  expect(viaOxc.syntaxErrors, file).toEqual([]);
  expect(viaOxc.symbols, file).toEqual(viaTreeSitter.symbols);
  return 'same';
}

function codeFiles(dir: string): { path: string; language: LanguageId }[] {
  // Entries, not names: a repository folder may be called like a file (tj/commander.js).
  return readdirSync(join(repo, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const rel = relative(repo, join(entry.parentPath, entry.name));
      return { path: rel, language: languageForFile(rel) };
    })
    .filter((f): f is { path: string; language: LanguageId } => f.language !== undefined && isEcmaScript(f.language));
}

describe('oxc and tree-sitter extract the same symbols', () => {
  it('on a file of every construct the walker reads', async () => {
    expect(parseEcmaScript('typescript', EDGE_CASES, 'edge.ts').status).toBe('parsed');
    expect(await expectSameSymbols('typescript', EDGE_CASES, 'edge.ts')).toBe('same');
    const { symbols } = await extractSymbols('typescript', EDGE_CASES, 'edge.ts');
    expect(symbols.map(summary)).toEqual(
      expect.arrayContaining([
        'function declared',
        'function overload +',
        'class Base +',
        'property Base/secret',
        'property Base/#hash',
        'method Base/[Symbol.iterator] +',
        "method Base/'quoted-name' +",
        'module Outer.Inner',
        'constant Outer.Inner/deep +',
        'module ambient-module',
        'function ambient-module/fromModule +',
        'enum_member Colour/Red +',
        "enum_member Colour/'Blue' +",
        'constant { destructured, other } +',
        'constant internal +',
        'function commonJs +',
        'class alsoCommonJs +',
      ]),
    );
    expect(symbols.map((s) => s.name)).not.toContain('added');
    expect(symbols.map((s) => s.name)).not.toContain('inBlock');
  });

  it('on the TypeScript of this repository and the JavaScript / TypeScript of real projects (tools/bench/drift-real)', async () => {
    const files = [
      ...codeFiles('packages/context/src'),
      ...codeFiles('packages/validate/src'),
      ...codeFiles('tools/bench/drift-real/files'),
    ];
    let same = 0;
    for (const { path, language } of files) {
      if ((await expectSameSymbols(language, readFileSync(join(repo, path), 'utf8'), path)) === 'same') same++;
    }
    expect(files.length).toBeGreaterThan(150);
    expect(same).toBeGreaterThan(files.length * 0.95);
  }, 60_000);

  it('on JSX and on CommonJS', async () => {
    const jsx = 'export const App = () => <div a={1}>{"x"}</div>;\nexport class View { render() { return <p />; } }\n';
    expect(await expectSameSymbols('javascript', jsx, 'app.jsx')).toBe('same');
    expect(await expectSameSymbols('tsx', jsx, 'app.tsx')).toBe('same');
    const cjs = "'use strict';\nexports.a = function () {};\nmodule.exports.B = class {};\nfunction local() {}\n";
    expect(await expectSameSymbols('javascript', cjs, 'lib.cjs')).toBe('same');
  });

  it('on 10,000 nested arrays (left to tree-sitter: oxc would overflow its native stack)', async () => {
    const deep = `export const x = ${'['.repeat(10_000)}${']'.repeat(10_000)};\nexport function after() {}\n`;
    expect(parseEcmaScript('typescript', deep, 'deep.ts').status).toBe('too-deep');
    const { symbols } = await extractSymbols('typescript', deep, 'deep.ts');
    expect(symbols.map(summary)).toEqual(['constant x +', 'function after +']);
  });
});
