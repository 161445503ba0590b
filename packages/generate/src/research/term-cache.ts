import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '@ce/core';
import { termCounts } from './terms.js';

interface Stored {
  version: number;
  files: Record<string, { hash: string; terms: Record<string, number> }>;
}

const VERSION = 1;

/**
 * The term counts of each source file's text, kept beside the code index
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

  /** The term counts of `text` (the file at `path` with content `hash`), from the cache when it matches. */
  termsOf(path: string, hash: string, text: string): Map<string, number> {
    const hit = this.stored.files[path];
    if (hit && hit.hash === hash) return new Map(Object.entries(hit.terms));
    const counts = termCounts(text);
    this.stored.files[path] = { hash, terms: Object.fromEntries(counts) };
    this.changed = true;
    return counts;
  }

  /** Writes the cache when something changed, dropping files no longer indexed. */
  save(indexed: ReadonlySet<string>): void {
    if (!this.changed) return;
    for (const path of Object.keys(this.stored.files)) if (!indexed.has(path)) delete this.stored.files[path];
    writeFileAtomic(this.file, JSON.stringify(this.stored));
  }
}
