import { diag, type Diagnostic, type DiagnosticParser } from './types.js';

/** rustc / clippy (`error[E0308]: …` then `--> src/main.rs:4:5`), `cargo fmt --check` diffs and panicking tests. */
export const cargoParser: DiagnosticParser = {
  tool: 'cargo',
  parse(output) {
    const out: Diagnostic[] = [];
    for (const m of output.matchAll(/^(error|warning)(?:\[([\w:]+)\])?: (.+)\n\s*--> (\S+?):(\d+):(\d+)/gm)) {
      const after = output.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 1500);
      const lint = /#\[(?:warn|deny)\(([\w:]+)\)\]/.exec(after.split(/\n(?:error|warning)/)[0] ?? '')?.[1];
      out.push(
        diag('cargo', m[4] as string, m[5], m[6], m[2] ?? lint ?? 'rustc', m[3] as string, m[1] === 'warning' ? 'warning' : 'error'),
      );
    }
    for (const m of output.matchAll(/^Diff in (\S+?)(?: at line (\d+)|:(\d+)):?\s*$/gm))
      out.push(diag('cargo', m[1] as string, m[2] ?? m[3], 1, 'rustfmt', 'file is not formatted (cargo fmt)'));
    for (const m of output.matchAll(/^thread '([^']+)' panicked at (\S+?):(\d+):(\d+):\n(.*)$/gm))
      out.push(diag('cargo', m[2] as string, m[3], m[4], m[1] as string, m[5] as string));
    return out;
  },
};
