import { diag, type Diagnostic, type DiagnosticParser } from './types.js';

/** `src/a.ts(3,7): error TS2322: …` and the pretty `src/a.ts:3:7 - error TS2322: …`. */
export const tscParser: DiagnosticParser = {
  tool: 'tsc',
  parse(output) {
    const out: Diagnostic[] = [];
    for (const m of output.matchAll(/^\s*([^\s(][^(\n]*?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/gm)) {
      out.push(diag('tsc', m[1] as string, m[2], m[3], m[5] as string, m[6] as string, m[4] === 'warning' ? 'warning' : 'error'));
    }
    for (const m of output.matchAll(/^\s*(\S[^\n]*?):(\d+):(\d+) - (error|warning) (TS\d+): (.*)$/gm)) {
      out.push(diag('tsc', m[1] as string, m[2], m[3], m[5] as string, m[6] as string, m[4] === 'warning' ? 'warning' : 'error'));
    }
    return out;
  },
};
