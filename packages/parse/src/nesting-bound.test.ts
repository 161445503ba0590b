import { describe, expect, it } from 'vitest';
import { nestingBound, SAFE_NESTING, scanEcmaScript } from './nesting-bound.js';

const deep = (open: string, middle: string, close: string, n = 10_000) => open.repeat(n) + middle + close.repeat(n);

describe('nestingBound: an upper bound of the nesting oxc would recurse through', () => {
  it.each([
    ['nested arrays', `export const x = ${deep('[', '', ']')};`],
    ['nested calls', `f${deep('(', '1', ')')};`],
    ['nested objects', `x = ${deep('{a:', '1', '}')};`],
    ['a ternary chain', `x = ${'a ? b : '.repeat(10_000)}c;`],
    ['nested ifs', `${'if (a) '.repeat(10_000)};`],
    ['unary operators', `x = ${'!'.repeat(10_000)}a;`],
    ['curried arrows', `x = ${'() => '.repeat(10_000)}1;`],
    ['nested generic types', `type X = ${deep('A<', 'B', '>', 5_000)};`],
    ['nested templates', `x = \`${deep('${`', '', '`}', 5_000)}\`;`],
    ['closing brackets hidden in strings', `x = ${'[[[[ "]]]]", '.repeat(5_000)};`],
    ['brackets inside a string (a regular expression misread as a division cannot hide code)', `x = "${'['.repeat(1_000)}";`],
  ])('exceeds the safe bound for %s (and stops early)', (_name, source) => {
    expect(nestingBound(source)).toBeGreaterThan(SAFE_NESTING);
  });

  it('is infinite when a string or regular expression runs off its line', () => {
    expect(nestingBound('const a = "unterminated\nconst b = 1;')).toBe(Infinity);
    expect(nestingBound('const a = /unterminated\nconst b = 1;')).toBe(Infinity);
  });

  it('stays low on ordinary code, regular expressions and semicolon-free statements', () => {
    const source = [
      'export const re = /[(\\[{]/g',
      'export const f = (a: number) => /<x>/.test(String(a))',
      'export const s = \'((((\' + "[[[[" + `{{{{${1}`',
      ...Array.from({ length: 2_000 }, (_, i) => `export const v${i}: Array<number> = [${i}] as const`),
    ].join('\n');
    expect(nestingBound(source)).toBeLessThan(20);
  });
});

describe('scanEcmaScript: source skimmed for a definitions-only parse', () => {
  const source = [
    '/** doc (with [brackets] */',
    'export class A<T extends { a: 1 }> extends B<{ b: 2 }> implements C {',
    '  m(x: number): number { return x * 2 }',
    '  set v(value: number) { this.x = value }',
    '}',
    'export interface I { p: { q: string } }',
    'export type T = { a: string; b(): void }',
    'export enum E { A, B = 2 }',
    'export namespace N { export function f(a: string) { return a } }',
    'export const o = { a: 1, b: () => 2 }',
    'export const g = dual<(a: number) => number>(2, (a: number) => a + 1)',
    'const tpl = `a${"}"}b`',
    'export { A as default, I }',
  ].join('\n');
  const { depth, skimmed } = scanEcmaScript(source, false);

  it('keeps every offset and line, and blanks comments, bodies, object literals and call arguments', () => {
    expect(depth).toBeLessThan(SAFE_NESTING);
    expect(skimmed).not.toBeNull();
    expect(skimmed!.length).toBe(source.length);
    expect(skimmed!.split('\n').length).toBe(source.split('\n').length);
    expect(skimmed).not.toContain('doc');
    expect(skimmed).not.toContain('return x * 2');
    expect(skimmed).toContain('export const o = {');
    expect(skimmed).not.toContain('a: 1, b');
    expect(skimmed).toContain('dual<(a: number) => number>(');
    expect(skimmed).not.toContain('(2, (a: number)');
  });

  it('keeps what definitions live in: container bodies, `type X = {` members, export clauses, a setter parameter', () => {
    expect(skimmed).toContain('extends B<{ b: 2 }> implements C {\n  m(');
    expect(skimmed).toContain('set v(value: number)');
    expect(skimmed).toContain('export interface I { p: {');
    expect(skimmed).toContain('export type T = { a: string; b(): void }');
    expect(skimmed).toContain('export enum E { A, B = 2 }');
    expect(skimmed).toContain('export namespace N { export function f(');
    expect(skimmed).toContain('export { A as default, I }');
  });

  it('leaves one line break of a multi-line comment, which is what automatic semicolon insertion reads', () => {
    const text = 'export const a = 1 /* one\n two\n three */ export const b = 2\n';
    const blank = scanEcmaScript(text, false).skimmed!;
    expect(blank.length).toBe(text.length);
    expect(blank).toBe(
      `export const a = 1 ${' '.repeat(6)}\n${' '.repeat(text.indexOf('*/') + 2 - text.indexOf('\n') - 1)} export const b = 2\n`,
    );
  });

  it('gives no skim when the braces do not balance', () => {
    expect(scanEcmaScript('function f() {', false).skimmed).toBeNull();
  });
});
