import { describe, expect, it } from 'vitest';
import { withoutShellComment } from './shell-comment.js';

describe('withoutShellComment', () => {
  it('cuts a comment that starts a word', () => {
    expect(withoutShellComment('npm test  # runs vitest')).toBe('npm test');
    expect(withoutShellComment('# all of it')).toBe('');
  });

  it('keeps a # inside a word, a quote or after a backslash', () => {
    expect(withoutShellComment('echo $# a#b')).toBe('echo $# a#b');
    expect(withoutShellComment(`grep '# x' f # why`)).toBe(`grep '# x' f`);
    expect(withoutShellComment('echo "a \\" # b" # c')).toBe('echo "a \\" # b"');
    expect(withoutShellComment('echo \\# kept')).toBe('echo \\# kept');
  });
});
