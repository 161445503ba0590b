import { diag, type Diagnostic, type DiagnosticParser } from './types.js';

const NOT_OK = /^(\s*)not ok \d+ - (.*)$/;

/**
 * The Node.js test runner (`node --test`), whose output is TAP when not on a terminal: each
 * `not ok N - name` is followed by a YAML block with `location: '/path/file.js:3:1'` and the `error`.
 * Suites that failed only because a test inside them failed (`subtestsFailed`) are skipped.
 */
export const nodeTestParser: DiagnosticParser = {
  tool: 'node-test',
  parse(output) {
    if (!/^TAP version \d+/m.test(output)) return [];
    const lines = output.split('\n');
    const out: Diagnostic[] = [];
    lines.forEach((line, index) => {
      const m = NOT_OK.exec(line);
      if (!m) return;
      const block = yamlBlock(lines, index + 1, (m[1] ?? '').length + 2);
      if (/failureType: '?subtestsFailed/.test(block.join('\n'))) return;
      const location = /location: '(?:file:\/\/)?(.+?):(\d+):(\d+)'/.exec(block.join('\n'));
      out.push(diag('node-test', location?.[1] ?? '', location?.[2], location?.[3], 'test', `${m[2] ?? ''}: ${errorText(block)}`));
    });
    return out;
  },
};

/** The lines of the `---` … `...` block that follows a test line, at the given indentation. */
function yamlBlock(lines: string[], start: number, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (lines[start]?.trimEnd() !== `${pad}---`) return [];
  const out: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trimEnd() === `${pad}...`) break;
    out.push(line.slice(indent));
  }
  return out;
}

function errorText(block: string[]): string {
  const at = block.findIndex((l) => l.startsWith('error:'));
  if (at < 0) return 'failed';
  const inline = block[at]?.slice('error:'.length).trim() ?? '';
  if (inline && !inline.startsWith('|')) return inline.replace(/^'|'$/g, '');
  const text: string[] = [];
  for (const l of block.slice(at + 1)) {
    if (!l.startsWith('  ')) break;
    if (l.trim()) text.push(l.trim());
  }
  return text.join(' ').slice(0, 300) || 'failed';
}
