import { splitLines } from '../documents/sections.js';
import { withoutShellComment } from '../process/shell-comment.js';

export interface CodeBlock {
  lang: string;
  code: string;
  /** 0-based line of the opening fence, relative to the text searched. */
  line: number;
}

/** Fenced code blocks of a markdown fragment (``` or ~~~, nesting by fence length). */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let open: { char: string; length: number; lang: string; line: number; body: string[] } | undefined;
  splitLines(markdown).forEach((line, index) => {
    if (open) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line.text);
      if (close?.[1] && close[1][0] === open.char && close[1].length >= open.length) {
        blocks.push({ lang: open.lang, code: open.body.join('\n'), line: open.line });
        open = undefined;
      } else open.body.push(line.text);
      return;
    }
    const start = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line.text);
    if (start?.[1])
      open = { char: start[1][0] ?? '`', length: start[1].length, lang: (start[2] ?? '').toLowerCase(), line: index, body: [] };
  });
  if (open) blocks.push({ lang: open.lang, code: open.body.join('\n'), line: open.line });
  return blocks;
}

const SHELL_LANGS = new Set(['', 'bash', 'sh', 'shell', 'zsh', 'console', 'shell-session', 'cmd', 'powershell', 'ps1']);

/**
 * The commands in a shell code block: one per line, `\` continuations joined, comments, blank
 * lines and `$ ` prompts handled, expected-output lines (after a `# Expected` comment) skipped.
 */
export function shellCommands(block: CodeBlock): string[] {
  if (!SHELL_LANGS.has(block.lang)) return [];
  const commands: string[] = [];
  let pending = '';
  for (const rawLine of block.code.split('\n')) {
    let line = rawLine.trim();
    if (line.startsWith('$ ')) line = line.slice(2);
    if (pending) {
      pending += ` ${line.replace(/\\$/, '').trim()}`;
      if (!line.endsWith('\\')) {
        commands.push(pending.trim());
        pending = '';
      }
      continue;
    }
    if (line === '' || line.startsWith('#') || line.startsWith('//')) continue;
    if (line.endsWith('\\')) {
      pending = line.slice(0, -1).trim();
      continue;
    }
    commands.push(withoutShellComment(line));
  }
  if (pending) commands.push(pending.trim());
  return commands.filter((c) => c.length > 0);
}

const PATH_TOKEN = /(?:^|[\s`"'([:])((?:\.{0,2}\/)?(?:[\w@.-]+\/)*[\w@.-]+\.[A-Za-z0-9]{1,6}|(?:[\w@.-]+\/)+)(?=$|[\s`"'),\]:;])/g;

/**
 * File and folder paths mentioned in text: `src/api/client.ts`, `- file: examples/cli.py`,
 * `[x](docs/a.md)`. URLs are skipped.
 */
export function pathReferences(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    if (/https?:\/\//.test(line)) {
      for (const match of line.replace(/https?:\/\/\S+/g, ' ').matchAll(PATH_TOKEN)) add(match[1]);
      continue;
    }
    for (const match of line.matchAll(PATH_TOKEN)) add(match[1]);
  }
  return [...out];

  function add(candidate: string | undefined): void {
    if (!candidate) return;
    const p = candidate.replace(/^\.\//, '');
    if (/^\d+(\.\d+)+$/.test(p) || /^v?\d/.test(p) || p.length < 3) return; // version numbers
    if (
      !p.includes('/') &&
      !/\.(ts|tsx|js|jsx|mjs|cjs|py|go|rs|java|kt|rb|md|json|ya?ml|toml|sh|sql|css|html|vue|svelte|c|h|cpp|cs|php|swift)$/.test(p)
    )
      return;
    out.add(p);
  }
}
