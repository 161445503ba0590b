import { diag, type Diagnostic, type DiagnosticParser } from './types.js';

/**
 * Vitest's default reporter: ` FAIL  src/a.test.ts > suite > name`, followed by the error message and a
 * ` ❯ src/a.test.ts:5:17` frame that gives the line.
 */
export const vitestParser: DiagnosticParser = {
  tool: 'vitest',
  parse(output) {
    const out: Diagnostic[] = [];
    const lines = output.split('\n');
    const seen = new Set<string>();
    for (let i = 0; i < lines.length; i++) {
      const m = /^\s*(?:FAIL|×|✗)\s+(\S+\.[cm]?[jt]sx?)\s+>\s+(.+?)\s*$/.exec(lines[i] as string);
      if (!m) continue;
      const file = m[1] as string;
      const test = (m[2] as string).replace(/\s+\d+ms$/, '');
      let message = '';
      let line: string | undefined;
      let column: string | undefined;
      for (let j = i + 1; j < Math.min(lines.length, i + 40); j++) {
        const l = (lines[j] as string).trim();
        if (/^(FAIL|⎯)/.test(l) && j > i + 1 && line) break;
        if (!message && /^(\w*Error|AssertionError|expected|Error:)/.test(l)) message = l;
        const frame = /(?:❯|at)\s+\(?(\S+?):(\d+):(\d+)\)?$/.exec(l);
        if (frame && (frame[1] as string).endsWith(file.split('/').pop() as string)) {
          line = frame[2];
          column = frame[3];
          break;
        }
      }
      const key = `${file}>${test}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(diag('vitest', file, line, column, test, message || `test failed: ${test}`));
    }
    return out;
  },
};
