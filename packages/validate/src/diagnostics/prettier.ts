import { diag, type Diagnostic, type DiagnosticParser } from './types.js';

/** `prettier --check`: `[warn] src/a.ts` per unformatted file; `prettier --list-different` prints bare paths. */
export const prettierParser: DiagnosticParser = {
  tool: 'prettier',
  parse(output) {
    const out: Diagnostic[] = [];
    for (const m of output.matchAll(/^\[warn\] (.+)$/gm)) {
      const file = (m[1] as string).trim();
      if (/Code style issues|Forgot to run Prettier|^Checking formatting/i.test(file)) continue;
      out.push(diag('prettier', file, 1, 1, 'format', 'file is not formatted (prettier)'));
    }
    for (const m of output.matchAll(/^\[error\] (\S+): (SyntaxError: .*?)(?: \((\d+):(\d+)\))?$/gm)) {
      out.push(diag('prettier', m[1] as string, m[3], m[4], 'syntax', m[2] as string));
    }
    return out;
  },
};
