import { symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitRepo } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { checkPrp } from './check-prp.js';
import { placeholderLines } from './completeness.js';

const GOOD = `---
prp_id: PRP-4
name: Retry
status: draft
created_date: 2026-11-24T08:00:00Z
complexity: low
template: kiss
---

# Retry

## Goal

Retry flaky calls.

## Why

They fail.

## What

### Success Criteria

- [ ] three attempts

## All Needed Context

- url: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Retry-After

\`\`\`ts
export async function call() {}
\`\`\`

## Implementation Blueprint

Task 1: retry in the client
- MODIFY src/client.ts
- Validation: \`npm test\`

Task 2: tests
- CREATE src/client.test.ts

## Validation Loop

### Level 1: Syntax & Style

\`\`\`bash
npm run lint
\`\`\`

### Level 2: Unit Tests

\`\`\`bash
npm test
\`\`\`
`;

describe('checkPrp', () => {
  it('accepts an executable PRP and scores its completeness by parts', () => {
    const root = gitRepo({ 'src/client.ts': 'export async function call() {}\n' });
    const result = checkPrp({ root, text: GOOD });
    expect(result.findings).toEqual([]);
    expect(result.executable).toBe(true);
    expect(result.completenessParts.sections.score).toBe(30);
    expect(result.completenessParts.tasks.score).toBe(15);
    expect(result.completenessParts.examples.score).toBeLessThan(15);
    expect(result.completeness).toBe(Object.values(result.completenessParts).reduce((sum, part) => sum + part.score, 0));
  });

  it('reports by line a task that modifies a missing file, a bad header value and a missing section, and is not executable', () => {
    const root = gitRepo({ 'README.md': '# x\n' });
    const text = GOOD.replace('complexity: low', 'complexity: huge').replace(/## Why\n\nThey fail.\n\n/, '');
    const result = checkPrp({ root, text });
    expect(result.executable).toBe(false);
    expect(result.findings).toContainEqual({ line: 6, severity: 'error', message: 'complexity "huge" is not one of low, medium, high' });
    expect(result.findings).toContainEqual({ line: 1, severity: 'error', message: 'missing section "## Why"' });
    const lines = text.split('\n');
    const taskLine = lines.findIndex((l) => l.startsWith('Task 1:')) + 1;
    expect(result.findings).toContainEqual({
      line: taskLine,
      severity: 'error',
      message: 'task 1 modifies src/client.ts, which does not exist (CREATE it instead?)',
    });
  });

  it('refuses a Validation Loop without commands and a task path that leaves the repository, and flags placeholders', () => {
    const root = gitRepo({ 'src/client.ts': '' });
    const text = GOOD.replace(/### Level 1[\s\S]*$/, 'Run the tests.\n')
      .replace('- CREATE src/client.test.ts', '- CREATE ../outside.ts')
      .replace('They fail.', 'They fail {reason}. TODO');
    const result = checkPrp({ root, text });
    expect(result.executable).toBe(false);
    expect(result.findings.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        'the Validation Loop has no commands (fenced bash blocks under "### Level N")',
        'task 2: ../outside.ts is outside the repository',
        'placeholder text "{reason}"',
      ]),
    );
    expect(result.completenessParts.placeholders.score).toBe(0);
  });

  it('needs an id in the classic form: from the file name, else the PRP is not executable', () => {
    const classic = GOOD.replace(/^---[\s\S]*?---\n/, '');
    const root = gitRepo({ 'src/client.ts': '', 'PRPs/EXAMPLE_prp.md': classic, 'PRPs/PRP-4-client.md': classic });
    const unnamed = checkPrp({ root, file: join(root, 'PRPs/EXAMPLE_prp.md') });
    expect(unnamed.executable).toBe(false);
    expect(unnamed.findings[0]).toMatchObject({ line: 1, severity: 'error', message: expect.stringMatching(/^no prp_id: /) });
    const named = checkPrp({ root, file: join(root, 'PRPs/PRP-4-client.md') });
    expect(named.findings[0]).toMatchObject({ line: 1, severity: 'warning' });
    expect(named.executable).toBe(true);
  });

  it('flags the classic template’s bracketed placeholders, not links, checkboxes or short brackets', () => {
    const lines = (text: string) => placeholderLines(`# PRP\n${text}`).map((p) => p.text);
    expect(lines('## Goal\n[What needs to be built - be specific]\n- [ ] [Specific measurable outcomes]\n')).toEqual([
      '[What needs to be built - be specific]',
      '[Specific measurable outcomes]',
    ]);
    expect(
      lines(
        'See [the Node test runner docs](https://nodejs.org/api/test.html), [Retry After Headers][rfc] and [Official API docs].\n' +
          '- [x] Done [sic] [PR 12]\n\n[Official API docs]: https://example.org\n[rfc]: https://example.org/rfc\n',
      ),
    ).toEqual([]);
  });

  it('refuses an absolute task path and one through a symlink that leads out of the repository', () => {
    const root = gitRepo({ 'src/client.ts': '' });
    symlinkSync(tmpdir(), join(root, 'linked'));
    const text = GOOD.replace('- CREATE src/client.test.ts', '- MODIFY `/etc/hosts`\n- CREATE `linked/x.ts`');
    const messages = checkPrp({ root, text }).findings.map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining(['task 2: /etc/hosts is outside the repository', 'task 2: linked/x.ts is outside the repository']),
    );
  });
});
