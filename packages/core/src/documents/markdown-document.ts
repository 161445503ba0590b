import { readFrontMatter, renderYamlField, topLevelPairRange, type FrontMatter } from './front-matter.js';
import { CeError } from '../errors/index.js';
import { readTextFile } from './read-text-file.js';
import { detectLineEnding, withLineEnding, type LineEnding } from './line-endings.js';
import { findSection, flattenSections, parseSections, type Section } from './sections.js';

/**
 * A markdown document with a YAML header and a section tree, edited losslessly: the original text
 * is kept, and every edit splices only the bytes it changes, so a document read and written
 * unchanged is byte-identical, and setting one header field leaves every other byte as it was
 * (comments, quoting, key order, CRLF line endings, unknown sections).
 */
export class MarkdownDocument {
  readonly text: string;
  readonly file: string | undefined;
  readonly eol: LineEnding;
  readonly frontMatter: FrontMatter;
  readonly sections: Section[];

  constructor(text: string, file?: string) {
    this.text = text;
    this.file = file;
    this.eol = detectLineEnding(text);
    this.frontMatter = readFrontMatter(text, file);
    this.sections = parseSections(text.slice(this.frontMatter.bodyStart), this.frontMatter.bodyStart, this.frontMatter.bodyLine);
  }

  /** Reads a document: UTF-8 only, at most MAX_INPUT_BYTES, a regular file (see readTextFile). */
  static read(file: string): MarkdownDocument {
    return new MarkdownDocument(readTextFile(file), file);
  }

  /** The header as plain data. */
  get header(): Record<string, unknown> {
    return this.frontMatter.data;
  }

  /** The text after the header. */
  get body(): string {
    return this.text.slice(this.frontMatter.bodyStart);
  }

  toString(): string {
    return this.text;
  }

  allSections(): Section[] {
    return flattenSections(this.sections);
  }

  section(name: string, options: { level?: number } = {}): Section | undefined {
    return findSection(this.sections, name, options);
  }

  /** The text under a section's heading (subsections included). */
  sectionContent(section: Section): string {
    return this.text.slice(section.contentStart, section.end);
  }

  /**
   * Returns a new document with one top-level header field set. Only that field's bytes change;
   * a new field is appended at the end of the header; a document without a header gets one.
   */
  withHeaderField(key: string, value: unknown): MarkdownDocument {
    const rendered = withLineEnding(renderYamlField(key, value), this.eol);
    const fm = this.frontMatter;
    const range = fm.kind === 'none' ? undefined : topLevelPairRange(this.text, fm, key);
    if (range) {
      const old = this.text.slice(range.start, range.end);
      const trailing = /\s*$/.exec(old)?.[0] ?? '';
      // Keep the key exactly as written ('status', "status"); only the value is re-rendered.
      const keyed = rendered.startsWith(`${key}:`) ? `${old.slice(0, range.keyEnd - range.start)}${rendered.slice(key.length)}` : rendered;
      return this.splice(range.start, range.end, keyed + trailing);
    }
    if (fm.kind === 'none') {
      const eol = this.eol;
      const bom = this.text.startsWith('\ufeff') ? '\ufeff' : '';
      return new MarkdownDocument(`${bom}---${eol}${rendered}${eol}---${eol}${this.text.slice(bom.length)}`, this.file);
    }
    // Append at the end of the YAML, on a line of its own.
    const before = this.text.slice(fm.yamlStart, fm.yamlEnd);
    let insertAt = fm.yamlEnd;
    if (fm.kind === 'preamble') {
      // Keep the blank lines that separate a preamble from the first heading after the new field.
      const trimmed = before.replace(/(\r?\n)+$/, '');
      insertAt = fm.yamlStart + trimmed.length;
      return this.splice(insertAt, insertAt, `${this.eol}${rendered}`);
    }
    const needsBreak = before.length > 0 && !before.endsWith('\n');
    return this.splice(insertAt, insertAt, `${needsBreak ? this.eol : ''}${rendered}${this.eol}`);
  }

  /** Returns a new document with several header fields set, one splice each, in order. */
  withHeaderFields(fields: Record<string, unknown>): MarkdownDocument {
    return Object.entries(fields).reduce<MarkdownDocument>((doc, [key, value]) => doc.withHeaderField(key, value), this);
  }

  /** Returns a new document without a top-level header field (no-op when absent). */
  withoutHeaderField(key: string): MarkdownDocument {
    if (this.frontMatter.kind === 'none') return this;
    const range = topLevelPairRange(this.text, this.frontMatter, key);
    if (!range) return this;
    const nl = this.text.indexOf('\n', range.end);
    return this.splice(range.start, nl === -1 ? range.end : nl + 1, '');
  }

  /** Returns a new document whose section content (below its heading) is replaced. */
  withSectionContent(name: string, content: string): MarkdownDocument {
    const section = this.section(name);
    if (!section) throw new CeError('section-missing', `no section "${name}"`, { file: this.file, exitCode: 2 });
    const normalized = withLineEnding(content.endsWith('\n') ? content : `${content}\n`, this.eol);
    return this.splice(section.contentStart, section.end, normalized);
  }

  private splice(start: number, end: number, insert: string): MarkdownDocument {
    return new MarkdownDocument(this.text.slice(0, start) + insert + this.text.slice(end), this.file);
  }
}
