import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '@ce/test-utils';
import { readPrp } from '../prp/index.js';
import { MarkdownDocument } from './markdown-document.js';
import { firstInvalidUtf8Byte, readTextFile } from './read-text-file.js';

describe('reading input documents: lossless or refused', () => {
  it('refuses a Latin-1 PRP naming the file and the byte offset, and leaves its bytes as they were', () => {
    const file = join(useTempDir(), 'PRP-1-x.md');
    const bytes = Buffer.concat([Buffer.from('---\nprp_id: PRP-1\nname: caf'), Buffer.from([0xe9]), Buffer.from('\n---\n## Goal\n')]);
    writeFileSync(file, bytes);
    expect(() => readPrp(file)).toThrowError(
      expect.objectContaining({ code: 'not-utf8', exitCode: 2, message: 'is not valid UTF-8: byte 0xe9 at offset 27', file }),
    );
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('keeps a byte-order mark and every valid multi-byte character', () => {
    const file = join(useTempDir(), 'a.md');
    writeFileSync(file, '\ufeff# Tïtle 😀\n');
    expect(readTextFile(file)).toBe('\ufeff# Tïtle 😀\n');
    expect(MarkdownDocument.read(file).toString()).toBe('\ufeff# Tïtle 😀\n');
  });

  it('finds the first bad byte: overlong forms, surrogates, truncated sequences', () => {
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8Byte(Buffer.from([0xf0, 0x9f, 0x98]))).toBe(0);
    expect(firstInvalidUtf8Byte(Buffer.from('ok é 😀'))).toBe(Buffer.byteLength('ok é 😀'));
  });

  it('refuses a fifo at once instead of waiting for a writer, and a file over the size cap', () => {
    const dir = useTempDir();
    execFileSync('mkfifo', [join(dir, 'PRP-2-x.md')]);
    expect(() => readPrp(join(dir, 'PRP-2-x.md'))).toThrowError(/is a fifo, not a regular file/);
    expect(lstatSync(join(dir, 'PRP-2-x.md')).isFIFO()).toBe(true);
    writeFileSync(join(dir, 'big.md'), Buffer.alloc(2048, 0x61));
    expect(() => readTextFile(join(dir, 'big.md'), { maxBytes: 1024 })).toThrowError(
      expect.objectContaining({ code: 'file-too-large', exitCode: 2 }),
    );
  });
});
