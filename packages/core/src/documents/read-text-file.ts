import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { CeError, UsageError } from '../errors/index.js';
import { fileKind } from '../fs/regular-target.js';

/** The largest input document ce reads (a PRP, INITIAL.md, the config): 10 MiB. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export interface ReadTextOptions {
  /** Refuse files larger than this (default MAX_INPUT_BYTES). */
  maxBytes?: number;
  /** How to name the file in errors (default: the path as given). */
  shown?: string;
}

/**
 * Reads an input document as UTF-8, or refuses it (exit 2 naming the file): not found, not a
 * regular file (a fifo would block, a device never ends), larger than the cap, or not valid UTF-8
 * (with the byte offset of the first bad byte). Never replaces bytes with U+FFFD, so a document ce
 * rewrites keeps every byte it did not mean to change. A byte-order mark is kept as U+FEFF.
 */
export function readTextFile(file: string, options: ReadTextOptions = {}): string {
  const shown = options.shown ?? file;
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const fd = openRegular(file, shown);
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw tooLarge(shown, size, maxBytes);
    const bytes = Buffer.alloc(size);
    let offset = 0;
    while (offset < size) {
      const read = readSync(fd, bytes, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return decodeUtf8(bytes.subarray(0, offset), shown);
  } finally {
    closeSync(fd);
  }
}

/** Decodes UTF-8 strictly: invalid bytes are a UsageError naming the file and the byte offset. */
export function decodeUtf8(bytes: Uint8Array, shown: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Byte(bytes);
    throw new UsageError('not-utf8', `is not valid UTF-8: byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}`, {
      file: shown,
      hint: 'ce reads and writes UTF-8 only; convert the file (e.g. iconv -f latin1 -t utf-8) and try again',
      details: { offset: at },
    });
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** The length of the well-formed UTF-8 sequence at `i`, 0 when it is malformed (RFC 3629 table 3-7). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const cont = (at: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + at];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [lo, hi] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [lo, hi] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Opens a file for reading only if it is a regular file; a fifo is opened without blocking, then refused. */
function openRegular(file: string, shown: string): number {
  let fd: number;
  try {
    // O_NONBLOCK: opening a fifo with no writer must not hang before we can tell what it is.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CeError('file-unreadable', code === 'ENOENT' ? 'file not found' : `cannot read: ${(error as Error).message}`, {
      file: shown,
      exitCode: 2,
      hint: code === 'ENOENT' ? 'check the path' : undefined,
    });
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    throw new UsageError('not-a-regular-file', `is ${fileKind(stat)}, not a regular file`, {
      file: shown,
      hint: 'give the path of a file',
    });
  }
  return fd;
}

function tooLarge(shown: string, size: number, max: number): UsageError {
  const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return new UsageError('file-too-large', `is ${mb(size)}; ce reads input documents up to ${mb(max)}`, {
    file: shown,
    hint: 'split the document, or keep large material in files it references',
  });
}
