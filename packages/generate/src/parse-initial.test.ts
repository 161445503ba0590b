import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { parseInitial } from './parse-initial.js';
import { readInitial } from './read-initial.js';

describe('parseInitial', () => {
  it('reads the four parts whatever the heading level, case or colon', () => {
    const parsed = parseInitial(
      '# feature:\n\nRetry flaky calls. More text.\n\n## examples\n\n- `src/http/client.ts`: the style\n\n```ts\nawait call();\n```\n\n### Documentation:\n\n- [Retry-After](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Retry-After)\n- `p-retry`\n- docs/http.md\n\n## OTHER CONSIDERATIONS\n\nNo POST retries.\n',
    );
    expect(parsed).toMatchObject({
      title: 'Retry flaky calls',
      feature: 'Retry flaky calls. More text.',
      examplePaths: ['src/http/client.ts'],
      exampleCode: [{ lang: 'ts', code: 'await call();' }],
      urls: [{ url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Retry-After', label: 'Retry-After' }],
      libraries: ['p-retry'],
      docFiles: ['docs/http.md'],
      other: 'No POST retries.',
    });
  });

  it('takes the name of a "# Feature: <name>" title, reads Gotchas as other considerations and keeps extra sections', () => {
    const parsed = parseInitial(
      '# Feature: Discount codes\n\n## FEATURE\n\nApply codes.\n\n## Gotchas\n\nCents only.\n\n## Rollout\n\nBehind a flag.\n',
    );
    expect(parsed.title).toBe('Discount codes');
    expect(parsed.feature).toBe('Apply codes.');
    expect(parsed.other).toBe('Cents only.');
    expect(parsed.extra).toEqual([{ title: 'Rollout', content: 'Behind a flag.' }]);
  });

  it('reads text without headings as the feature', () => {
    expect(parseInitial('Add a --verbose flag to the CLI.\n').title).toBe('Add a --verbose flag to the CLI');
  });

  it.each([
    [
      'Add a pause_all method to the timer registry so an app can pause every timer at once and resume them later.',
      'Add a pause_all method to the timer registry',
    ],
    [
      'Add a task option that retries a failed task a given number of times before giving up.',
      'Add a task option that retries a failed task a given number of times',
    ],
    [
      'Add a check for ISBN strings that validates both ISBN-10 and ISBN-13 and reports a clear issue code.',
      'Add a check for ISBN strings that validates both ISBN-10 and ISBN-13',
    ],
  ])('titles a long request by its first clause, never ending on a dangling word: %j', (feature, title) => {
    expect(parseInitial(`## FEATURE\n\n${feature}\n`).title).toBe(title);
  });
});

describe('readInitial', () => {
  const file = (name: string, content: string | Buffer): string => {
    const path = join(useTempDir(), name);
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ['an empty file', '   \n', 'initial-empty', 'is empty'],
    ['a binary file', Buffer.from([0x23, 0x00, 0x01, 0x02]), 'initial-binary', 'is a binary file'],
    ['a file that is not UTF-8', Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x41]), 'initial-not-utf8', 'is not UTF-8'],
    ['no feature', '## EXAMPLES\n\n- src/a.ts\n', 'initial-no-feature', 'has no FEATURE section nor text that could be one'],
    [
      'the template not filled in',
      '## FEATURE:\n\n[Insert your feature here]\n\n## EXAMPLES:\n\n[Provide and explain examples]\n',
      'initial-placeholder',
      "FEATURE is still the template's placeholder: [Insert your feature here]",
    ],
  ])('refuses %s with exit 2 naming the file', (_what, content, code, message) => {
    const path = file('INITIAL.md', content);
    expect(() => readInitial(path)).toThrow(expect.objectContaining({ code, message, file: path, exitCode: 2 }));
  });

  it('takes a feature that holds a TODO or a link beside real words', () => {
    const path = file('INITIAL.md', '## FEATURE\n\nAdd retries to [the HTTP client](src/http.ts). TODO: decide the limit.\n');
    expect(readInitial(path).feature).toMatch(/^Add retries/);
  });

  it('refuses a file over 10 MB', () => {
    const path = file('BIG.md', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    expect(() => readInitial(path)).toThrow(expect.objectContaining({ code: 'initial-too-large', exitCode: 2 }));
  });
});
