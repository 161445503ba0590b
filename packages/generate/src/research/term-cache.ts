import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '@ce/core';
import { termCounts } from './terms.js';

interface Stored {
  version: number;
  files: Record<string, { hash: string; terms: Record<string, number>; names: Record<string, number>; specifiers: string[] }>;
}

const VERSION = 3;

/** What research reads out of a file's text: its term counts and its import specifiers. */
export interface FileFacts {
  terms: Map<string, number>;
  /** Weighted term counts of the file's path and symbol names (the name fields of its BM25 document). */
  names: Map<string, number>;
  specifiers: string[];
}

/** How a miss is filled: the file's text, its import specifiers, its name terms. */
export interface FactsSource {
  text: () => string;
  specifiersOf: (text: string) => string[];
  namesOf: () => Map<string, number>;
}

/**
 * The term counts and import specifiers of each source file's text, kept beside the code index
 * (`.ce/index/generate-terms.json`) and keyed by the content hash the index records, so a warm
 * generation tokenises only the files that changed.
 */
export class TermCache {
  private readonly file: string;
  private readonly stored: Stored;
  private changed = false;

  constructor(root: string) {
    this.file = join(root, '.ce', 'index', 'generate-terms.json');
    this.stored = TermCache.read(this.file);
  }

  private static read(file: string): Stored {
    try {
      if (existsSync(file)) {
        const data = JSON.parse(readFileSync(file, 'utf8')) as Stored;
        if (data.version === VERSION && data.files) return data;
      }
    } catch {
      /* a damaged cache is rebuilt */
    }
    return { version: VERSION, files: {} };
  }

  /**
   * The facts of the file at `path` with content `hash`: from the cache when it matches (the text is
   * then never read), else from `text()` with `specifiersOf`.
   */
  factsOf(path: string, hash: string, source: FactsSource): FileFacts {
    const hit = this.stored.files[path];
    if (hit && hit.hash === hash)
      return { terms: new Map(Object.entries(hit.terms)), names: new Map(Object.entries(hit.names)), specifiers: hit.specifiers };
    const content = source.text();
    const counts = termCounts(content);
    const specifiers = source.specifiersOf(content);
    const names = source.namesOf();
    this.stored.files[path] = { hash, terms: Object.fromEntries(counts), names: Object.fromEntries(names), specifiers };
    this.changed = true;
    return { terms: counts, names, specifiers };
  }

  /** Writes the cache when something changed, dropping files no longer indexed. */
  save(indexed: ReadonlySet<string>): void {
    if (!this.changed) return;
    for (const path of Object.keys(this.stored.files)) if (!indexed.has(path)) delete this.stored.files[path];
    writeFileAtomic(this.file, JSON.stringify(this.stored));
  }
}
