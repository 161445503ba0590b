import { describe, expect, it } from 'vitest';
import { caseTimeMs, fc, fuzzParser, stretched, textOf } from '@ce/test-utils';
import { parseInitial } from './parse-initial.js';

// The forms of INITIAL.md in use: `# Feature: <name>` titles, the four parts under any heading level,
// case or synonym, markdown links, bare URLs, library names, example paths and code blocks.
const INITIAL_FRAGMENTS = [
  '# Feature: Discount codes\n',
  '# Feature:',
  '## FEATURE:\n',
  '## feature\n',
  '# Goal\n',
  '## EXAMPLES:\n',
  '### Patterns\n',
  '## DOCUMENTATION:\n',
  '## References\n',
  '## OTHER CONSIDERATIONS:\n',
  '## Gotchas\n',
  '## Rollout\n',
  'Retry flaky calls. More text.\n',
  'Add discount codes to the cart: applyDiscount(cart, code)\n',
  '- `src/http/client.ts`: the style\n',
  '```ts\nawait call();\n```\n',
  '- [Retry-After](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Retry-After)\n',
  '[a](',
  'https://www.npmjs.com/package/@oclif/core.\n',
  'https://pypi.org/project/requests/\n',
  'https://context7.com/vercel/next.js\n',
  '- `p-retry`\n',
  '- docs/http.md\n',
  '---\ntitle: x\n---\n',
];

// A case takes milliseconds (under 200 ms for 20,000 characters on a loaded machine); the quadratic
// patterns this replaced took 2 s and more on the long runs below.
const MAX_CASE_MS = 1_000;

describe('parseInitial under fuzzing', () => {
  it('reads every INITIAL.md-like text, refusing only with a CeError, in linear time', () => {
    const report = fuzzParser(
      'parseInitial',
      fc.oneof(textOf(INITIAL_FRAGMENTS, 40), fc.string({ unit: 'binary', maxLength: 400 })),
      (text) => {
        const parsed = parseInitial(text);
        if (!parsed.title) throw new Error('no title');
        if (parsed.title.length > 80) throw new Error(`a title of ${parsed.title.length} characters`);
      },
      { maxCaseMs: MAX_CASE_MS },
    );
    const long = fuzzParser('parseInitial (long runs)', stretched(INITIAL_FRAGMENTS), parseInitial, { runs: 200, maxCaseMs: MAX_CASE_MS });
    expect(report.cases + long.cases).toBeGreaterThanOrEqual(1_000);
    expect(report.parsed).toBeGreaterThan(0);
  });

  it('reads the runs that made the earlier patterns backtrack, each in well under a second', () => {
    const runs = [
      `# Feature:${' '.repeat(20_000)}x\n`,
      `# Feature:${' '.repeat(20_000)}\n`,
      `## Documentation\n\n${'['.repeat(20_000)}`,
      `## Documentation\n\n${'[a](http://x'.repeat(5_000)}`,
      `## Documentation\n\nhttps://x.dev/${'.'.repeat(20_000)}x`,
      `# Feature: ${'[a]('.repeat(5_000)}`,
      `${'[a]('.repeat(5_000)}\n`,
    ];
    for (const text of runs)
      expect(
        caseTimeMs(() => parseInitial(text), MAX_CASE_MS),
        JSON.stringify(text.slice(0, 20)),
      ).toBeLessThan(MAX_CASE_MS);
  });
});
