import { diag, type Diagnostic, type DiagnosticParser } from './types.js';

/** ruff check (concise `a.py:1:8: F401 …` and full `F401 … --> a.py:1:8`) and `ruff format --check` (`Would reformat: a.py`). */
export const ruffParser: DiagnosticParser = {
  tool: 'ruff',
  parse(output) {
    const out: Diagnostic[] = [];
    for (const m of output.matchAll(/^(\S+?\.pyi?):(\d+):(\d+): ([A-Z]+\d+) (?:\[\*\] )?(.*)$/gm))
      out.push(diag('ruff', m[1] as string, m[2], m[3], m[4] as string, m[5] as string));
    for (const m of output.matchAll(/^([A-Z]+\d+) (?:\[\*\] )?(.+)\n\s*--> (\S+?):(\d+):(\d+)/gm))
      out.push(diag('ruff', m[3] as string, m[4], m[5], m[1] as string, m[2] as string));
    for (const m of output.matchAll(/^Would reformat: (.+)$/gm))
      out.push(diag('ruff', (m[1] as string).trim(), 1, 1, 'format', 'file is not formatted (ruff format)'));
    return out;
  },
};
