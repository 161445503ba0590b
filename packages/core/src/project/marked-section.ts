import { UsageError } from '../errors/index.js';
import { readRepoFile, KEPT_NOTE, type FileChange } from './file-change.js';

export const SECTION_BEGIN = '<!-- ce:begin (written by `ce init`; edit outside these markers) -->';
export const SECTION_END = '<!-- ce:end -->';
const BEGIN_PREFIX = '<!-- ce:begin';

/**
 * ce's section of an instructions file the user also writes (AGENTS.md, GEMINI.md, …): the text
 * between ce's markers is ce's, everything else is the user's and is never touched. A new file
 * holds only the section; a file without markers gets it appended.
 */
export function planMarkedSection(root: string, path: string, section: string, force: boolean): FileChange {
  const block = `${SECTION_BEGIN}\n${section.trimEnd()}\n${SECTION_END}`;
  const current = readRepoFile(root, path);
  if (current === undefined) return { path, action: 'created', text: `${block}\n` };
  const span = findSection(current, path);
  if (!span) {
    const separator = current.length === 0 ? '' : current.endsWith('\n\n') ? '' : current.endsWith('\n') ? '\n' : '\n\n';
    return { path, action: 'updated', text: `${current}${separator}${block}\n`, note: 'added the ce section' };
  }
  const existing = current.slice(span.start, span.end);
  if (existing === block) return { path, action: 'unchanged' };
  if (!force) return { path, action: 'kept', note: `the ce section ${KEPT_NOTE}` };
  return { path, action: 'updated', text: current.slice(0, span.start) + block + current.slice(span.end), note: 'replaced the ce section' };
}

/** Where ce's section starts and ends (end after the end marker), or undefined when absent. */
export function findSection(text: string, path: string): { start: number; end: number } | undefined {
  const start = text.indexOf(BEGIN_PREFIX);
  if (start === -1) return undefined;
  const endMarker = text.indexOf(SECTION_END, start);
  if (endMarker === -1 || text.indexOf(BEGIN_PREFIX, start + 1) !== -1) {
    throw new UsageError('bad-ce-section', `${path} has a ce:begin marker without exactly one ce:end after it`, {
      file: path,
      hint: 'restore the markers or delete the ce section, then run again',
    });
  }
  return { start, end: endMarker + SECTION_END.length };
}
