import { isAbsolute, join, relative, resolve } from 'node:path';
import { cargoParser } from './cargo.js';
import { eslintParser } from './eslint.js';
import { goParser } from './go.js';
import { jestParser } from './jest.js';
import { mypyParser } from './mypy.js';
import { nodeTestParser } from './node-test.js';
import { prettierParser } from './prettier.js';
import { pytestParser } from './pytest.js';
import { ruffParser } from './ruff.js';
import { tscParser } from './tsc.js';
import { plain, type Diagnostic, type DiagnosticParser } from './types.js';
import { vitestParser } from './vitest.js';

/** Every parser; each one matches only its own tool's output format. */
export const PARSERS: readonly DiagnosticParser[] = [
  tscParser,
  eslintParser,
  prettierParser,
  vitestParser,
  jestParser,
  pytestParser,
  ruffParser,
  mypyParser,
  cargoParser,
  goParser,
  nodeTestParser,
];

export interface ParseContext {
  /** Repository root: files are reported relative to it. */
  root: string;
  /** The folder the command ran in (absolute), to resolve the relative paths tools print. */
  cwd: string;
  /** The command line, a hint for formats that are not self-describing (ESLint's stylish). */
  command?: string;
}

/**
 * Parses a command's output into diagnostics with repository-relative files, deduplicated.
 * ESLint's stylish format (a bare file line) is read only when the command or the output is ESLint's.
 */
export function parseDiagnostics(output: string, context: ParseContext): Diagnostic[] {
  const text = plain(output);
  const eslintLike = /eslint|\blint\b/.test(context.command ?? '') || /✖ \d+ problems?/.test(text);
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const parser of PARSERS) {
    if (parser === eslintParser && !eslintLike) continue;
    for (const d of parser.parse(text)) {
      const file = d.file ? toRepoPath(d.file, context) : '';
      const item = { ...d, file };
      const key = `${item.tool}\0${file}\0${item.line}\0${item.column}\0${item.rule}\0${item.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

function toRepoPath(file: string, { root, cwd }: ParseContext): string {
  const abs = isAbsolute(file) ? file : resolve(join(cwd, file));
  const rel = relative(root, abs).split('\\').join('/');
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
