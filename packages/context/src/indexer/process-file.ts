import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { LanguageId } from '@ce/parse';
import type { SyntaxErrorLocation } from '../symbols/code-symbol.js';
import { extractSymbols } from '../symbols/extract-symbols.js';
import { deflate, type StoredSymbol } from './stored-symbol.js';

/** One file to read, hash and (for a known language) parse. */
export interface FileJob {
  path: string;
  fsPath: string | Uint8Array;
  language: LanguageId | null;
  size?: number;
  /** The hash recorded at the last sync: when the content still has it, the file is not re-parsed. */
  knownHash?: string;
}

export type FileOutcome =
  | { path: string; status: 'unchanged'; hash: string }
  | {
      path: string;
      status: 'parsed';
      hash: string;
      language: LanguageId;
      /** As stored in the index (compact tuples). */
      symbols: StoredSymbol[];
      syntaxErrors: SyntaxErrorLocation[];
      /** The content is not valid UTF-8 (decoded with replacement characters). */
      notUtf8: boolean;
    }
  | { path: string; status: 'text'; hash: string }
  | { path: string; status: 'binary'; hash: string }
  | { path: string; status: 'unreadable'; detail: string };

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** A NUL byte in the first 8,000 bytes marks a binary file (git's own heuristic). */
export function isBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Whether a file that looks changed (size or mtime differ, or a racy mtime) still has the content
 * hash recorded at the last sync: then it needs no parse. False when it cannot be read (the parse
 * step reports it).
 */
export function hasKnownContent(job: FileJob): boolean {
  if (job.knownHash === undefined) return false;
  try {
    return contentHash(readFileSync(typeof job.fsPath === 'string' ? job.fsPath : Buffer.from(job.fsPath))) === job.knownHash;
  } catch {
    return false;
  }
}

/** Reads, hashes and parses one file. Never throws: an unreadable file is an outcome. */
export async function processFile(job: FileJob): Promise<FileOutcome> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(typeof job.fsPath === 'string' ? job.fsPath : Buffer.from(job.fsPath));
  } catch (error) {
    return { path: job.path, status: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  const hash = contentHash(bytes);
  if (job.knownHash === hash) return { path: job.path, status: 'unchanged', hash };
  if (isBinary(bytes)) return { path: job.path, status: 'binary', hash };
  if (!job.language) return { path: job.path, status: 'text', hash };
  const notUtf8 = !isUtf8(bytes);
  const { symbols, syntaxErrors } = await extractSymbols(job.language, bytes.toString('utf8'), job.path);
  return { path: job.path, status: 'parsed', hash, language: job.language, symbols: symbols.map(deflate), syntaxErrors, notUtf8 };
}
