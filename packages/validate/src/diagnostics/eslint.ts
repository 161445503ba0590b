import { diag, type Diagnostic, type DiagnosticParser } from './types.js';

/** ESLint's stylish format (a file line, then `  3:7  error  message  rule`), and the compact/unix formats. */
export const eslintParser: DiagnosticParser = {
  tool: 'eslint',
  parse(output) {
    const out: Diagnostic[] = [];
    let file: string | undefined;
    for (const line of output.split('\n')) {
      if (
        /^(\/|[A-Za-z]:[\\/]|\.{0,2}[\w@-][^\s:]*\.[cm]?[jt]sx?$|[\w@.-]+\/\S+$)/.test(line) &&
        !/\s{2}/.test(line) &&
        !line.startsWith(' ')
      ) {
        file = line.trim();
        continue;
      }
      const m = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(\S+))?\s*$/.exec(line);
      if (m && file) {
        out.push(diag('eslint', file, m[1], m[2], m[5] ?? 'eslint', m[4] as string, m[3] === 'warning' ? 'warning' : 'error'));
        continue;
      }
      const compact = /^(.+?): line (\d+), col (\d+), (Error|Warning) - (.+?)(?: \(([^()]+)\))?$/.exec(line);
      if (compact)
        out.push(
          diag(
            'eslint',
            compact[1] as string,
            compact[2],
            compact[3],
            compact[6] ?? 'eslint',
            compact[5] as string,
            compact[4] === 'Warning' ? 'warning' : 'error',
          ),
        );
    }
    return out;
  },
};
