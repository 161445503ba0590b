/**
 * The edit format for model adapters, which cannot touch the working tree themselves: the model
 * answers with whole files between markers, and ce writes them.
 *
 *     === FILE: src/greet.ts ===
 *     export const greet = () => 'hi';
 *     === END FILE ===
 *     === DELETE: src/old.ts ===
 */
export const FILE_BLOCK_INSTRUCTIONS = [
  'You cannot run tools. Reply with the complete new content of every file you create or change, each as:',
  '=== FILE: relative/path ===',
  '<the whole file, no code fences>',
  '=== END FILE ===',
  'To delete a file, write a line `=== DELETE: relative/path ===`. Paths are relative to the repository root.',
  'After the files, write a short summary of what you changed.',
].join('\n');

export interface FileEdit {
  path: string;
  /** New content; undefined deletes the file. */
  content?: string;
}

export interface ParsedEdits {
  edits: FileEdit[];
  /** The reply without the file blocks: the model's summary. */
  prose: string;
}

const OPEN = /^===\s*FILE:\s*(.+?)\s*===\s*$/;
const CLOSE = /^===\s*END FILE\s*===\s*$/;
const DELETE = /^===\s*DELETE:\s*(.+?)\s*===\s*$/;

/** Reads the file blocks out of a model's reply. An unterminated block runs to the end of the reply. */
export function parseFileBlocks(reply: string): ParsedEdits {
  const lines = reply.replace(/\r\n/g, '\n').split('\n');
  const edits: FileEdit[] = [];
  const prose: string[] = [];
  let current: { path: string; lines: string[] } | undefined;
  for (const line of lines) {
    if (current) {
      if (CLOSE.test(line)) {
        edits.push({ path: current.path, content: withFinalNewline(stripFence(current.lines).join('\n')) });
        current = undefined;
      } else current.lines.push(line);
      continue;
    }
    const open = OPEN.exec(line);
    if (open?.[1]) {
      current = { path: open[1], lines: [] };
      continue;
    }
    const del = DELETE.exec(line);
    if (del?.[1]) {
      edits.push({ path: del[1] });
      continue;
    }
    prose.push(line);
  }
  if (current) edits.push({ path: current.path, content: withFinalNewline(stripFence(current.lines).join('\n')) });
  return { edits, prose: prose.join('\n').trim() };
}

/** Models often wrap a file in a code fence despite being asked not to. */
function stripFence(lines: string[]): string[] {
  const first = lines.findIndex((l) => l.trim() !== '');
  let last = lines.length - 1;
  while (last >= 0 && lines[last]?.trim() === '') last--;
  if (first >= 0 && last > first && /^```[\w+-]*\s*$/.test(lines[first] ?? '') && /^```\s*$/.test(lines[last] ?? '')) {
    return lines.slice(first + 1, last);
  }
  return lines;
}

function withFinalNewline(text: string): string {
  return text.length === 0 || text.endsWith('\n') ? text : `${text}\n`;
}
