import type { ProjectDir } from './project-dir.js';
import type { Evidence } from './types.js';

/** The 1-based line of the first match of `pattern` in `text`, or 0. */
export function lineOf(text: string | undefined, pattern: RegExp | string): number {
  if (text === undefined) return 0;
  const index = typeof pattern === 'string' ? text.indexOf(pattern) : text.search(pattern);
  if (index < 0) return 0;
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Evidence in a folder's file: the line of the first match, or the first line when nothing matches. */
export function evidenceIn(dir: ProjectDir, file: string, pattern?: RegExp | string): Evidence {
  const line = pattern === undefined ? 1 : lineOf(dir.read(file), pattern);
  return { file, line: line || 1 };
}

/** A quoted JSON key (`"lint":`), to find a script's line in package.json or deno.json. */
export function jsonKey(name: string): RegExp {
  return new RegExp(`"${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`);
}

/** Repository-relative evidence from folder-relative evidence. */
export function fromRoot(dirRel: string, evidence: Evidence): Evidence {
  return { file: dirRel === '.' ? evidence.file : `${dirRel}/${evidence.file}`, line: evidence.line };
}
