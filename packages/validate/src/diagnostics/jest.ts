import { diag, type Diagnostic, type DiagnosticParser } from './types.js';

/** Jest: `● suite › test` blocks with their message and the first stack frame in the test file. */
export const jestParser: DiagnosticParser = {
  tool: 'jest',
  parse(output) {
    const out: Diagnostic[] = [];
    const lines = output.split('\n');
    let failFile: string | undefined;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as string;
      const fail = /^\s*FAIL\s+(\S+)/.exec(l);
      if (fail) {
        failFile = fail[1];
        continue;
      }
      const block = /^\s*● (.+)$/.exec(l);
      if (!block || /Test suite failed to run|Console$/.test(block[1] as string)) continue;
      const test = block[1] as string;
      let message = '';
      let file = failFile;
      let line: string | undefined;
      let column: string | undefined;
      for (let j = i + 1; j < Math.min(lines.length, i + 60); j++) {
        const t = (lines[j] as string).trim();
        if (t.startsWith('● ')) break;
        if (!message && t && !t.startsWith('at ')) message = t;
        const frame = /at (?:.*?\()?([^\s()]+\.[cm]?[jt]sx?):(\d+):(\d+)\)?$/.exec(t);
        if (frame && !/node_modules/.test(frame[1] as string)) {
          file = frame[1];
          line = frame[2];
          column = frame[3];
          break;
        }
      }
      if (file) out.push(diag('jest', file, line, column, test, message || `test failed: ${test}`));
    }
    return out;
  },
};
