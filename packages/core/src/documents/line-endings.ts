export type LineEnding = '\n' | '\r\n';

/** The dominant line ending of a text (CRLF only when most line breaks are CRLF). */
export function detectLineEnding(text: string): LineEnding {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/** Converts LF-only text (as our renderers produce) to the given line ending. */
export function withLineEnding(text: string, eol: LineEnding): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}
