import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathReferences } from '@ce/core';
import type { MemoryRecord } from '@ce/state';
import type { CodeIndex } from '../query/code-index.js';

export interface MemoryReferenceCheck {
  id: string;
  /** Files and symbols the memory refers to. */
  references: { files: string[]; symbols: string[] };
  /** Referenced files or symbols that no longer exist. */
  gone: string[];
  /** Referenced files changed after the memory was last written. */
  changed: string[];
  stale: boolean;
}

const EXTENSION = /\.[A-Za-z0-9]{1,8}$/;
/** `Class/method`, `Class.method()`, `Class::method`, `module.Class` — a qualified name that starts with a type. */
const QUALIFIED_SYMBOL = /^([A-Z][\w$]*)((?:\/|\.|::|#)[A-Za-z_$][\w$]*)+(\(\))?$/;

/** The files and symbols a memory is about: its front-matter `references` and what its text names. */
export function memoryReferences(memory: MemoryRecord): { files: string[]; symbols: string[] } {
  const files = new Set<string>();
  const symbols = new Set<string>();
  for (const ref of memory.references) {
    const value = ref.trim().replace(/^\.\//, '');
    if (!value) continue;
    if (value.includes('/') && EXTENSION.test(value.split('/').pop() ?? '')) files.add(value);
    else if (EXTENSION.test(value) && !/\(\)$/.test(value) && !/^[A-Z]/.test(value)) files.add(value);
    else symbols.add(toNamePath(value));
  }
  // Sentence punctuation right after a path ("… in src/a.ts.") would hide it from pathReferences.
  const text = memory.content.replace(/[.,;!?]+(?=\s|$)/g, ' ');
  for (const path of pathReferences(text)) files.add(path.replace(/[:#]\d+(:\d+)?$/, ''));
  for (const span of memory.content.matchAll(/`([^`\n]{2,120})`/g)) {
    const text = span[1]!.trim();
    if (QUALIFIED_SYMBOL.test(text) && !files.has(text)) symbols.add(toNamePath(text));
  }
  return { files: [...files], symbols: [...symbols] };
}

function toNamePath(text: string): string {
  return text.replace(/\(\)$/, '').replace(/::|#|\./g, '/');
}

/**
 * Checks a memory against the work tree and the code index: a referenced file that is gone or a
 * symbol the index no longer has (or only has in files in `goneFiles`) makes it stale, and so does a referenced file modified after the
 * memory was last written (by the file's mtime).
 */
export function checkMemory(
  root: string,
  memory: MemoryRecord,
  index: CodeIndex | null,
  goneFiles: ReadonlySet<string> = new Set(),
): MemoryReferenceCheck {
  const references = memoryReferences(memory);
  const gone: string[] = [];
  const changed: string[] = [];
  const written = Date.parse(memory.updated ?? memory.created ?? '');
  for (const file of references.files) {
    const absolute = join(root, file);
    if (!existsSync(absolute)) {
      gone.push(file);
      continue;
    }
    if (Number.isFinite(written)) {
      try {
        if (statSync(absolute).mtimeMs > written + 1000) changed.push(file);
      } catch {
        gone.push(file);
      }
    }
  }
  if (index) {
    for (const symbol of references.symbols) {
      // A symbol still in the index but in a file deleted since the last sync is gone too.
      const found = index.findSymbol({ namePath: symbol, maxResults: 1000 }).matches;
      if (!found.some((match) => !goneFiles.has(match.file))) gone.push(symbol);
    }
  }
  return { id: memory.id, references, gone, changed, stale: gone.length > 0 || changed.length > 0 };
}
