import { diag, type Diagnostic, type DiagnosticParser } from './types.js';

/** mypy: `pkg/a.py:12: error: Incompatible types …  [assignment]` (with or without a column). */
export const mypyParser: DiagnosticParser = {
  tool: 'mypy',
  parse(output) {
    const out: Diagnostic[] = [];
    for (const m of output.matchAll(/^(\S+?\.pyi?):(\d+)(?::(\d+))?: (error|warning|note): (.*?)(?:\s+\[([\w-]+)\])?$/gm)) {
      if (m[4] === 'note') continue;
      out.push(diag('mypy', m[1] as string, m[2], m[3], m[6] ?? 'mypy', m[5] as string, m[4] === 'warning' ? 'warning' : 'error'));
    }
    return out;
  },
};
