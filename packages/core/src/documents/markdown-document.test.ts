import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MarkdownDocument } from './index.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'documents');
const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.md'))
  .sort();

/** Lines of `a` not in `b` (as a multiset), to see exactly what an edit changed. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const count = (lines: string[]) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const ca = count(a);
  const cb = count(b);
  const diff = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].flatMap(([line, n]) => Array<string>(Math.max(0, n - (y.get(line) ?? 0))).fill(line));
  return { removed: diff(ca, cb), added: diff(cb, ca) };
}

describe('MarkdownDocument round trip', () => {
  it('has at least 20 varied fixture documents', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s: read and written unchanged is byte-identical', (name) => {
    const bytes = readFileSync(join(FIXTURES, name));
    const doc = new MarkdownDocument(bytes.toString('utf8'), name);
    expect(Buffer.from(doc.toString(), 'utf8').equals(bytes)).toBe(true);
  });

  it.each(files)('%s: changing one header field changes only that field', (name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const doc = new MarkdownDocument(text, name);
    const edited = doc.withHeaderField('status', 'validated');
    expect(edited.header['status']).toBe('validated');
    // Every other header field keeps its value…
    for (const [key, value] of Object.entries(doc.header)) if (key !== 'status') expect(edited.header[key]).toEqual(value);
    // …and its bytes: only the status line (or the header fences, for a document without one) differ.
    const { removed, added } = changedLines(text, edited.toString());
    const allowed = (line: string) => /^['"]?status['"]?:/.test(line.replace(/\r$/, '')) || /^---\r?$/.test(line) || line === '';
    expect(removed.filter((l) => !allowed(l))).toEqual([]);
    expect(added.filter((l) => !allowed(l) && !l.startsWith('\ufeff'))).toEqual([]);
    // The body is untouched.
    expect(edited.body.endsWith(doc.body.replace(/^\ufeff/, ''))).toBe(true);
  });

  it.each(files)('%s: a new field is added without touching the rest, and the edit is stable', (name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const doc = new MarkdownDocument(text, name);
    const once = doc.withHeaderField('context_sync', 'abc123');
    const twice = once.withHeaderField('context_sync', 'abc123');
    expect(once.header['context_sync']).toBe('abc123');
    expect(twice.toString()).toBe(once.toString());
    expect(once.sections.map((s) => s.title)).toEqual(doc.sections.map((s) => s.title));
  });
});

describe('MarkdownDocument structure', () => {
  it('keeps CRLF line endings when it edits', () => {
    const doc = new MarkdownDocument('---\r\nname: a\r\nstatus: draft\r\n---\r\n## Goal\r\n', 'x.md');
    const edited = doc.withHeaderField('drift_justification', { drift_score: 12, decision: 'accept', reason: 'ok' });
    expect(edited.toString()).not.toMatch(/[^\r]\n/);
    expect(edited.header['drift_justification']).toEqual({ drift_score: 12, decision: 'accept', reason: 'ok' });
  });

  it('replaces a nested block in place and keeps comments around it', () => {
    const text = '---\n# top\nname: a # trailing\nvalidation:\n  L1: {passed: false}\n# after\nstatus: draft\n---\nbody\n';
    const edited = new MarkdownDocument(text).withHeaderField('validation', { L1: { passed: true, attempts: 2 } });
    expect(edited.toString()).toBe(
      '---\n# top\nname: a # trailing\nvalidation:\n  L1:\n    passed: true\n    attempts: 2\n# after\nstatus: draft\n---\nbody\n',
    );
  });

  it('ignores headings inside fenced code, nested fences, HTML comments and indented code', () => {
    const titles = (name: string) => new MarkdownDocument(readFileSync(join(FIXTURES, name), 'utf8')).allSections().map((s) => s.title);
    expect(titles('04-nested-fences.md')).toEqual(['Goal', 'Why']);
    expect(titles('11-html-comments.md')).toEqual(['Goal']);
    expect(titles('18-indented-code.md')).toEqual(['Goal', 'Why']);
    expect(titles('12-setext-and-atx-closing.md')).toEqual(['Goal', 'Why']);
  });

  it('finds sections regardless of case, colons and emoji', () => {
    const doc = new MarkdownDocument(readFileSync(join(FIXTURES, '02-fenced-emoji.md'), 'utf8'));
    expect(doc.section('goal')?.title).toBe('🎯 Goal:');
    expect(doc.section('IMPLEMENTATION BLUEPRINT')?.children.map((c) => c.title)).toEqual(['Phase 1: Setup (2h)', 'Phase 2: Wire (3.5h)']);
  });

  it('nests sections by level and ends each at the next heading of the same or higher level', () => {
    const doc = new MarkdownDocument(readFileSync(join(FIXTURES, '17-deep-headings.md'), 'utf8'));
    const goal = doc.section('goal');
    expect(goal?.children.map((c) => c.title)).toEqual(['Sub']);
    expect(doc.sectionContent(goal!)).toContain('####### Seven is not a heading');
    expect(doc.sectionContent(goal!)).not.toContain('## Why');
  });

  it('reads the classic preamble form as the header', () => {
    const doc = new MarkdownDocument(readFileSync(join(FIXTURES, '01-classic-prp.md'), 'utf8'));
    expect(doc.frontMatter.kind).toBe('preamble');
    expect(doc.header['name']).toBe('Base PRP Template v2 - Context-Rich with Validation Loops');
  });

  it('gives a document without a header a fenced one when a field is set', () => {
    const doc = new MarkdownDocument('# Title\n\ntext\n');
    expect(doc.withHeaderField('status', 'draft').toString()).toBe('---\nstatus: draft\n---\n# Title\n\ntext\n');
  });

  it('removes a field and nothing else', () => {
    const doc = new MarkdownDocument('---\na: 1\nb: 2\nc: 3\n---\n');
    expect(doc.withoutHeaderField('b').toString()).toBe('---\na: 1\nc: 3\n---\n');
  });

  it('names the file and line of malformed YAML', () => {
    expect(() => new MarkdownDocument('---\nname: a\n  bad: [\n---\n', 'PRPs/PRP-1-x.md')).toThrowError(
      /malformed YAML header at line \d+/,
    );
    try {
      new MarkdownDocument('---\nname: "unclosed\n---\n', 'PRPs/PRP-1-x.md');
    } catch (error) {
      expect((error as { line: string }).line).toMatch(/^PRPs\/PRP-1-x\.md: malformed YAML header/);
      expect((error as { exitCode: number }).exitCode).toBe(2);
    }
  });

  it('rejects an unclosed front matter fence with a hint', () => {
    expect(() => new MarkdownDocument('---\nname: a\n## Goal\n', 'a.md')).toThrowError(/no closing "---"/);
  });
});
