import { describe, expect, it } from 'vitest';
import { parseEcmaScript } from './ecmascript.js';

describe('parseEcmaScript (oxc)', () => {
  it('parses TypeScript with offsets in UTF-16 code units, skimmed by default', () => {
    const source = "const é = '😀';\nexport class A { m() { return 1 } }\n";
    const parsed = parseEcmaScript('typescript', source, 'a.ts');
    expect(parsed.status).toBe('parsed');
    if (parsed.status !== 'parsed') return;
    expect(parsed.skimmed).toBe(true);
    const declaration = parsed.program.body[1] as unknown as { start: number; declaration: { id: { start: number } } };
    expect(declaration.start).toBe(source.indexOf('export'));
    expect(declaration.declaration.id.start).toBe(source.indexOf('A {'));
  });

  it('reports syntax errors without a tree (tree-sitter recovers from them)', () => {
    expect(parseEcmaScript('typescript', 'function ok() {}\nfunction broken( {', 'bad.ts').status).toBe('syntax-error');
    expect(parseEcmaScript('typescript', 'const x = 1 +;', 'bad.ts').status).toBe('syntax-error');
  });

  it('parses the whole source when the skim misread a construct (a comparison with a parenthesised operand)', () => {
    const parsed = parseEcmaScript('typescript', 'export const big = a > (b)\n', 'cmp.ts');
    expect(parsed).toMatchObject({ status: 'parsed', skimmed: false });
  });

  it('refuses 10,000 nested arrays without handing them to the native parser (whose stack would overflow)', () => {
    const parsed = parseEcmaScript('typescript', `export const x = ${'['.repeat(10_000)}${']'.repeat(10_000)};\n`, 'deep.ts');
    expect(parsed.status).toBe('too-deep');
  });

  it('skims past brackets in comments (blanked, never parsed) but counts them before parsing the whole source', () => {
    const source = `/** ${'('.repeat(1_000)} */\nexport function f() { return 1 }\n`;
    expect(parseEcmaScript('typescript', source, 'doc.ts')).toMatchObject({ status: 'parsed', skimmed: true });
    // Parsed whole, what the scan took for a comment reaches the parser: its brackets count.
    expect(parseEcmaScript('typescript', source, 'doc.ts', { skim: false }).status).toBe('too-deep');
    // The skim misreads this comparison, so the whole source is parsed, and the bracket-heavy comment is refused first.
    expect(parseEcmaScript('typescript', `${source}export const big = a > (b)\n`, 'cmp.ts').status).toBe('too-deep');
  });

  it('keeps lone surrogates and every offset when it blanks comments and bodies', () => {
    const source = "export const s = '\uD800x'; // note\r\nexport function g() { return '\uDC00' }\n";
    const parsed = parseEcmaScript('typescript', source, 'lone.ts');
    expect(parsed).toMatchObject({ status: 'parsed', skimmed: true });
    if (parsed.status !== 'parsed') return;
    const second = parsed.program.body[1] as unknown as { start: number };
    expect(second.start).toBe(source.indexOf('export function'));
  });

  it('reads .js as JSX and .cjs as CommonJS', () => {
    expect(parseEcmaScript('javascript', 'export const A = () => <div a={1}>{"x"}</div>;', 'a.js').status).toBe('parsed');
    expect(parseEcmaScript('javascript', 'return; exports.f = function () {};', 'a.cjs').status).toBe('parsed');
  });
});
