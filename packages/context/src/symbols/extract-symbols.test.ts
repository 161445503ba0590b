import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../test/fixtures.js';
import type { CodeSymbol } from './code-symbol.js';
import { extractSymbols, withoutGrammarGaps } from './extract-symbols.js';

const summary = (symbols: CodeSymbol[]) => symbols.map((s) => `${s.kind} ${s.namePath}${s.exported ? ' +' : ''}`);

describe('extractSymbols: TypeScript, JavaScript, Python and Go', () => {
  it('finds TypeScript classes, members, interfaces, types, enums, constants, functions and namespaces', async () => {
    const { symbols, syntaxErrors } = await extractSymbols('typescript', SOURCES['src/runner.ts'], 'src/runner.ts');
    expect(syntaxErrors).toEqual([]);
    expect(summary(symbols)).toEqual([
      'interface Job +',
      'property Job/id +',
      'method Job/run +',
      'type JobId +',
      'enum Status +',
      'enum_member Status/Idle +',
      'enum_member Status/Busy +',
      'constant MAX_JOBS +',
      'function makeJob +',
      'class Runner +',
      'property Runner/queue',
      'property Runner/instances +',
      'method Runner/constructor +',
      'method Runner/run +',
      'method Runner/drain',
      'function helper +',
      'module Jobs +',
      'function Jobs/create +',
    ]);
    const run = symbols.find((s) => s.namePath === 'Runner/run')!;
    expect(run.signature).toBe('async run(job: Job): Promise<void>');
    expect(run.range).toEqual({ startLine: 25, startColumn: 2, endLine: 28, endColumn: 3 });
    expect(run.container).toBe('Runner');
    expect(run.file).toBe('src/runner.ts');
  });

  it('finds TSX components', async () => {
    const { symbols, syntaxErrors } = await extractSymbols('tsx', SOURCES['src/view.tsx'], 'src/view.tsx');
    expect(syntaxErrors).toEqual([]);
    expect(summary(symbols)).toEqual(['function Button +', 'function List +']);
  });

  it('finds JavaScript classes, functions, constants and CommonJS exports', async () => {
    const { symbols } = await extractSymbols('javascript', SOURCES['lib/util.js'], 'lib/util.js');
    expect(summary(symbols)).toEqual([
      'class Cache',
      'method Cache/constructor',
      'method Cache/get',
      'function load',
      'constant DEFAULT_TTL',
      'function createCache +',
    ]);
  });

  it('finds Python classes, methods, fields and module constants (not locals of function bodies), private by underscore', async () => {
    const { symbols } = await extractSymbols('python', SOURCES['py/service.py'], 'py/service.py');
    expect(summary(symbols)).toEqual([
      'constant MAX_RETRIES +',
      'variable default_name +',
      'class Service +',
      'field Service/retries +',
      'method Service/__init__ +',
      'method Service/fetch +',
      'method Service/_private',
      'function build_service +',
    ]);
    expect(symbols.find((s) => s.name === 'fetch')!.signature).toBe('async def fetch(self, url: str) -> bytes');
  });
});

describe('extractSymbols in Go, Rust and Java, and on syntax errors', () => {
  it('finds Go structs, fields, interfaces, methods under their receiver type, and exports by capital letter', async () => {
    const { symbols } = await extractSymbols('go', SOURCES['go/server.go'], 'go/server.go');
    expect(summary(symbols)).toEqual([
      'struct Server +',
      'field Server/Addr +',
      'field Server/handler',
      'interface Handler +',
      'method Handler/Serve +',
      'constant DefaultAddr +',
      'variable started',
      'method Server/Start +',
      'function newServer',
    ]);
    expect(symbols.find((s) => s.namePath === 'Server/Start')!.signature).toBe('func (s *Server) Start() error');
  });
});

describe('extractSymbols: Rust, Java and syntax errors', () => {
  it('finds Rust structs, enums, traits, impl methods (under the type) and modules, public by `pub`', async () => {
    const { symbols } = await extractSymbols('rust', SOURCES['rs/lib.rs'], 'rs/lib.rs');
    expect(summary(symbols)).toEqual([
      'struct Config +',
      'field Config/name +',
      'field Config/retries',
      'enum Mode +',
      'enum_member Mode/Fast +',
      'enum_member Mode/Safe +',
      'trait Loader +',
      'method Loader/load +',
      'method Config/new +',
      'method Config/load',
      'module internal',
      'function internal/helper +',
      'constant LIMIT +',
    ]);
  });

  it('finds Java classes, fields, constructors, methods, interfaces and enums, public by modifier', async () => {
    const { symbols } = await extractSymbols('java', SOURCES['java/App.java'], 'java/App.java');
    expect(summary(symbols)).toEqual([
      'class App +',
      'field App/name',
      'field App/PORT +',
      'constructor App/App +',
      'method App/start +',
      'method App/stop',
      'interface Plugin',
      'method Plugin/init',
      'enum Level',
      'enum_member Level/LOW',
      'enum_member Level/HIGH',
    ]);
  });

  it('indexes a file with a syntax error as far as it parses and reports where', async () => {
    const source = 'export function ok(): number {\n  return 1;\n}\n\nexport function broken( {\n\nexport class Later {}\n';
    const { symbols, syntaxErrors } = await extractSymbols('typescript', source, 'bad.ts');
    expect(symbols.map((s) => s.name)).toContain('ok');
    expect(syntaxErrors.length).toBeGreaterThan(0);
    expect(syntaxErrors[0]!.line).toBeGreaterThanOrEqual(5);
  });

  it('reports a Python syntax error and keeps the definitions before it', async () => {
    const { symbols, syntaxErrors } = await extractSymbols('python', 'def good():\n    return 1\n\ndef bad(:\n    pass\n', 'bad.py');
    expect(symbols.map((s) => s.name)).toContain('good');
    expect(syntaxErrors.length).toBeGreaterThan(0);
  });

  it('parses variance annotations and newline-separated generic call signatures that the grammar lacks, keeping positions', async () => {
    const source = [
      'export interface Box<in out A, out B = never> {',
      '  readonly value: A',
      '}',
      'export const make: {',
      '  /** one */',
      '  <A>(value: A): Box<A>',
      '  <A, B>(value: A, other: B): Box<A, B>',
      '} = dual(2,',
      '  <A>(value: A) => ({ value }))',
      'export function after(): void {}',
      '',
    ].join('\n');
    const cleaned = withoutGrammarGaps(source);
    expect(cleaned).toHaveLength(source.length);
    expect(cleaned.split('\n').map((line) => line.length)).toEqual(source.split('\n').map((line) => line.length));
    expect(cleaned).toContain('export interface Box<       A,     B = never> {');
    expect(cleaned).toContain('\n ;<A, B>(value: A, other: B)');
    expect(cleaned).toContain('\n  <A>(value: A) => ({ value }))');
    const { symbols, syntaxErrors } = await extractSymbols('typescript', source, 'box.ts');
    expect(syntaxErrors).toEqual([]);
    expect(symbols.map((s) => s.namePath)).toEqual(['Box', 'Box/value', 'make', 'after']);
    expect(symbols[0]!.signature).toBe('interface Box<in out A, out B = never>');
    expect(symbols.find((s) => s.name === 'after')!.range.startLine).toBe(10);
  });
});
