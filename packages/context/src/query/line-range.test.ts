import { describe, expect, it } from 'vitest';
import { lineRange, lineRangeOfBytes } from './line-range.js';

/** The definition lineRange keeps: split, slice, cut the first line, join. */
function bySplitting(text: string, startLine: number, endLine: number, startColumn: number): string {
  const lines = text.split('\n').slice(startLine - 1, endLine);
  if (lines.length > 0) lines[0] = lines[0]!.slice(startColumn);
  return lines.join('\n');
}

describe('lineRange', () => {
  it('gives what splitting the text into lines gives, for every range of small texts (lines count from 1)', () => {
    const texts = ['', 'one', 'one\n', 'a\nbb\n\nccc', 'a\r\nbb\r\n', '\n\n\n', 'x\ny\nz\n', 'é😀\nfin'];
    for (const text of texts) {
      for (let start = 1; start <= 6; start++) {
        for (let end = 0; end <= 7; end++) {
          for (const column of [0, 1, 2, 10]) {
            expect(lineRange(text, start, end, column), JSON.stringify({ text, start, end, column })).toBe(
              bySplitting(text, start, end, column),
            );
          }
        }
      }
    }
  });

  it('decodes only the lines asked for as the whole file decodes them, invalid bytes included', () => {
    const bytes = Buffer.concat([Buffer.from('ok\n'), Buffer.from([0xe2, 0x82, 0x0a, 0xff, 0x61, 0x0a]), Buffer.from('é\n')]);
    const text = bytes.toString('utf8');
    for (let line = 1; line <= 4; line++) expect(lineRangeOfBytes(bytes, line, line, 0)).toBe(bySplitting(text, line, line, 0));
    expect(lineRangeOfBytes(bytes, 2, 4, 1)).toBe(bySplitting(text, 2, 4, 1));
  });
});
