import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAsset } from '../project/index.js';
import { assertCompletePrp, assertPrpId, comparePrpIds, isPrpId, parsePrp, pathReferences, prpIdFromFileName } from './index.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'documents', name), 'utf8');

describe('PRP ids', () => {
  it.each(['PRP-1', 'PRP-12', 'PRP-1.2', 'PRP-1.2.3', 'PRP-10.0.1'])('accepts %s', (id) => expect(isPrpId(id)).toBe(true));
  it.each(['PRP-01', 'PRP-1.02', 'PRP-1.2.3.4', 'prp-1', 'PRP-', 'PRP-1/../x', 'PRP-0', 'PRP-1 '])('rejects %j', (id) => {
    expect(isPrpId(id)).toBe(false);
    expect(() => assertPrpId(id)).toThrowError(expect.objectContaining({ exitCode: 2 }));
  });
  it('orders ids numerically and reads them from file names', () => {
    expect(['PRP-10', 'PRP-2', 'PRP-1.1', 'PRP-1'].sort(comparePrpIds)).toEqual(['PRP-1', 'PRP-1.1', 'PRP-2', 'PRP-10']);
    expect(prpIdFromFileName('PRPs/PRP-3.1-auth-flow.md')).toBe('PRP-3.1');
    expect(prpIdFromFileName('notes.md')).toBeUndefined();
  });
});

describe('parsePrp', () => {
  it('reads a full PRP: header, six sections, tasks with files, validation commands by level', () => {
    const prp = parsePrp(fixture('20-long-prp.md'), 'PRPs/PRP-20.1.3-long.md');
    expect(prp.id).toBe('PRP-20.1.3');
    expect(prp.missingSections).toEqual([]);
    expect(prp.header).toMatchObject({ status: 'in-progress', effort_hours: 12, dependencies: ['PRP-20', 'PRP-20.1'] });
    expect(prp.tasks.map((t) => [t.id, t.title])).toEqual([
      ['1', 'Create the client'],
      ['2', 'Tests'],
    ]);
    expect(prp.tasks[0]?.files).toEqual([{ path: 'src/http/retry.ts', action: 'create' }]);
    expect(prp.tasks[0]?.validation).toEqual(['npm run typecheck']);
    expect(prp.tasks[1]?.files).toEqual([
      { path: 'src/http/retry.test.ts', action: 'create' },
      { path: 'src/http/client.ts', action: 'modify' },
    ]);
    expect(prp.tasks[1]?.validation).toEqual(['npx vitest run src/http']);
    expect(prp.validationCommands).toEqual({
      1: ['npm run lint --max-warnings 0', 'npm run typecheck'],
      2: ['npm test'],
      3: ['npm run test:integration'],
      4: ['ce validate --level 4 --prp PRPs/PRP-20.1.3-long.md'],
    });
    expect(prp.successCriteria).toEqual([
      { text: 'One', done: false },
      { text: 'Two', done: true },
    ]);
    expect(prp.contextPaths).toEqual(expect.arrayContaining(['src/http/client.ts', 'examples/retry.ts']));
    expect(prp.contextPaths.some((p) => p.includes('example.com'))).toBe(false);
  });

  it('takes the files to read from the references, not from the listings of the codebase tree', () => {
    const prp = parsePrp(
      [
        '# P',
        '## Goal',
        'g',
        '## All Needed Context',
        '### Documentation & References',
        '- file: src/timer.py (why: the pattern to follow)',
        '### Current Codebase Tree',
        '```text',
        'src/',
        '  app.py',
        'tests/',
        '```',
        '### Desired Codebase tree with files to be added',
        '```bash',
        'src/registry.py  # CREATE',
        '```',
        '### Known Gotchas',
        '- see src/signal.py',
        '## Implementation Blueprint',
        'Task 1: x',
        '- CREATE src/registry.py',
        '## Validation Loop',
        '```bash',
        'pytest',
        '```',
      ].join('\n'),
    );
    expect(prp.contextPaths).toEqual(['src/timer.py', 'src/signal.py']);
  });

  it('reads the classic template: preamble header, tasks inside a yaml block, commands with comments', () => {
    const prp = parsePrp(fixture('01-classic-prp.md'), 'PRPs/PRP-1-classic.md');
    expect(prp.header.name).toMatch(/^Base PRP Template/);
    expect(prp.id).toBe('PRP-1');
    expect(prp.tasks.map((t) => t.files)).toEqual([
      [{ path: 'src/existing_module.py', action: 'modify' }],
      [{ path: 'src/new_feature.py', action: 'create' }],
    ]);
    expect(prp.validationCommands[1]).toEqual(['ruff check src/ --fix', 'mypy src/']);
    expect(prp.validationCommands[2]).toEqual(['uv run pytest test_new_feature.py -v']);
  });

  it('reads emoji headings and phases with hours', () => {
    const prp = parsePrp(fixture('02-fenced-emoji.md'));
    expect(prp.missingSections).toEqual([]);
    expect(prp.tasks.map((t) => [t.kind, t.title, t.hours])).toEqual([
      ['phase', 'Setup', 2],
      ['phase', 'Wire', 3.5],
    ]);
    expect(prp.validationCommands[1]).toEqual(['npm run lint']);
  });

  it('maps a legacy drift_decision block onto drift_justification', () => {
    const prp = parsePrp(fixture('09-legacy-drift.md'));
    expect(prp.header.drift_justification).toEqual({
      drift_score: 35.5,
      decision: 'accept',
      reason: 'Needed callbacks for the legacy SDK',
      category_breakdown: { 'async-style': 60 },
      approved_by: 'alice',
      date: '2025-10-01T10:00:00Z',
    });
  });

  it('names the file and the missing section', () => {
    const prp = parsePrp('---\nprp_id: PRP-2\n---\n## Goal\nx\n## Why\ny\n', 'PRPs/PRP-2-x.md');
    expect(prp.missingSections).toEqual(['What', 'All Needed Context', 'Implementation Blueprint', 'Validation Loop']);
    expect(() => assertCompletePrp(prp)).toThrowError(
      expect.objectContaining({ line: expect.stringMatching(/^PRPs\/PRP-2-x\.md: missing section "## What"/), exitCode: 2 }),
    );
  });

  it.each(['prp_base.md', 'prp_kiss.md'])('the shipped template %s has the six sections and parses to its tasks and commands', (name) => {
    const text = readAsset(`templates/${name}`);
    const prp = parsePrp(text, name);
    expect(prp.missingSections).toEqual([]);
    expect(prp.tasks.length).toBeGreaterThan(0);
    for (const level of [1, 2, 3, 4] as const) expect(prp.validationCommands[level].length).toBeGreaterThan(0);
    // A PRP filled from the template (placeholders replaced) parses back to the same tasks and commands.
    const filled = text.replace(/\{([^}]*)\}/g, (_m, inner: string) => inner.replace(/[^\w./:@ -]/g, '').trim() || 'x');
    const again = parsePrp(filled, name);
    expect(again.tasks.map((t) => [t.id, t.files.map((f) => f.action)])).toEqual(
      prp.tasks.map((t) => [t.id, t.files.map((f) => f.action)]),
    );
    expect(Object.values(again.validationCommands).map((c) => c.length)).toEqual(
      Object.values(prp.validationCommands).map((c) => c.length),
    );
  });
});

describe('a PRP id that is not text', () => {
  it('is no id (the file name gives it), not a crash, when the header holds a mapping or a list (found by fuzzing)', () => {
    const body = '\n## Goal\n\nx\n';
    expect(parsePrp(`---\nprp_id:\n  toString: null\n---\n${body}`, 'PRPs/PRP-7-x.md').id).toBe('PRP-7');
    expect(parsePrp(`---\nprp_id: [1, 2]\n---\n${body}`, 'PRPs/PRP-8-x.md').id).toBe('PRP-8');
    expect(parsePrp(`---\nprp_id: 9\n---\n${body}`, 'PRPs/PRP-8-x.md').id).toBe('9');
  });
});

describe('pathReferences', () => {
  it('finds paths in prose, code spans, yaml and links but not URLs or versions', () => {
    const text =
      'See `src/a.ts`, [doc](docs/guide.md) and\n- file: examples/cli.py\nhttps://x.dev/a/b.html v1.2.3 and 2.0.1, folder lib/utils/';
    expect(pathReferences(text).sort()).toEqual(['docs/guide.md', 'examples/cli.py', 'lib/utils/', 'src/a.ts']);
  });
});
