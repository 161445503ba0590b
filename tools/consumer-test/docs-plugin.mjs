// The sample plugin of docs/plugins.md, written out from the page's code blocks marked `file=…`,
// so the test proves the documentation itself, not a fixture that could drift from it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes every ```lang file=path block of a markdown page under `dir`; returns the paths. */
export function writeDocumentedFiles(markdownFile, dir) {
  const text = readFileSync(markdownFile, 'utf8');
  const written = [];
  for (const match of text.matchAll(/^```\w+ file=(\S+)\n([\s\S]*?)^```$/gm)) {
    const [, path, body] = match;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
    written.push(path);
  }
  return written;
}
