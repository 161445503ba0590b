import { describe, expect, it } from 'vitest';
import { commandLines } from './command-lines.js';

describe('commandLines', () => {
  it('splits on lines, && and ; links and drops blanks and comments', () => {
    const body = '# set up\nuv sync && pytest -q; ruff check .\r\n\n   mypy src  ';
    expect(commandLines(body)).toEqual(['uv sync', 'pytest -q', 'ruff check .', 'mypy src']);
  });

  it('keeps a `||` fallback inside its command', () => {
    expect(commandLines('pytest || true')).toEqual(['pytest || true']);
  });
});
