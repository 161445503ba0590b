import type * as Yaml from 'yaml';
import { lazyDependency } from '../lazy-dependency.js';
import { yamlValue } from './yaml-value.js';
import { assertYamlNesting } from './yaml-limits.js';
import { UsageError } from '../errors/index.js';
import { splitLines } from './sections.js';

const yaml = lazyDependency<typeof Yaml>('yaml');

/**
 * Where a document keeps its header:
 * - `fenced`: YAML between `---` lines at the very top;
 * - `preamble`: the classic PRP form, `name:` / `description:` lines before the first heading;
 * - `none`: no header.
 */
export type FrontMatterKind = 'fenced' | 'preamble' | 'none';

export interface FrontMatter {
  kind: FrontMatterKind;
  /** The header as plain data (an empty object when there is none). */
  data: Record<string, unknown>;
  /** Offsets of the YAML text itself (between the fences) in the full document. */
  yamlStart: number;
  yamlEnd: number;
  /** Offset where the body starts (after the closing fence). */
  bodyStart: number;
  /** 0-based line where the body starts. */
  bodyLine: number;
  /** The parsed YAML, with source positions, for surgical edits. */
  yaml: Yaml.Document.Parsed | undefined;
}

const OPEN_FENCE = /^---[ \t]*$/;
const CLOSE_FENCE = /^(---|\.\.\.)[ \t]*$/;

/** Reads the header of a markdown document. Malformed YAML is a UsageError naming the file and line. */
export function readFrontMatter(text: string, file?: string): FrontMatter {
  const bom = text.startsWith('\ufeff') ? 1 : 0;
  const lines = splitLines(text.slice(bom), bom);
  const none: FrontMatter = { kind: 'none', data: {}, yamlStart: bom, yamlEnd: bom, bodyStart: bom, bodyLine: 0, yaml: undefined };
  if (lines.length === 0) return none;

  if (OPEN_FENCE.test(lines[0]?.text ?? '')) {
    const close = lines.findIndex((l, i) => i > 0 && CLOSE_FENCE.test(l.text));
    if (close === -1) {
      throw new UsageError('front-matter-unclosed', 'front matter starts with "---" but has no closing "---" line', {
        file,
        hint: 'add a line "---" after the YAML header',
      });
    }
    const yamlStart = lines[0]?.end ?? bom;
    const yamlEnd = lines[close]?.start ?? yamlStart;
    return {
      kind: 'fenced',
      ...parseYaml(text, yamlStart, yamlEnd, file, 1),
      bodyStart: lines[close]?.end ?? text.length,
      bodyLine: close + 1,
    };
  }

  // Classic PRPs: `name: "…"` / `description: |` lines before the first heading.
  if (/^[A-Za-z_][\w-]*:(\s|$)/.test(lines[0]?.text ?? '')) {
    const firstHeading = lines.findIndex((l) => /^ {0,3}#{1,6}(\s|$)/.test(l.text));
    const endLine = firstHeading === -1 ? lines.length : firstHeading;
    const yamlEnd = endLine < lines.length ? (lines[endLine]?.start ?? text.length) : text.length;
    const candidate = boundedYaml(text.slice(bom, yamlEnd));
    if (candidate && candidate.errors.length === 0 && yaml().isMap(candidate.contents)) {
      // The candidate is already parsed and checked: read it, do not parse it again.
      return { kind: 'preamble', ...headerOf(candidate, bom, yamlEnd, file, 0), bodyStart: yamlEnd, bodyLine: endLine };
    }
  }
  return none;
}

/** A candidate header parsed, or undefined when it is nested or indented beyond any real header (not one, then). */
function boundedYaml(source: string): Yaml.Document.Parsed | undefined {
  try {
    assertYamlNesting(source, undefined, 'front-matter-invalid', 'the YAML header');
  } catch {
    return undefined;
  }
  return yaml().parseDocument(source, { keepSourceTokens: true });
}

function parseYaml(
  text: string,
  start: number,
  end: number,
  file: string | undefined,
  firstLine: number,
): Pick<FrontMatter, 'data' | 'yaml' | 'yamlStart' | 'yamlEnd'> {
  const source = text.slice(start, end);
  assertYamlNesting(source, file, 'front-matter-invalid', 'the YAML header');
  return headerOf(yaml().parseDocument(source, { keepSourceTokens: true }), start, end, file, firstLine);
}

/** A parsed header's data; its first YAML error, or a header that is not a mapping, is a UsageError naming the line. */
function headerOf(
  yaml: Yaml.Document.Parsed,
  start: number,
  end: number,
  file: string | undefined,
  firstLine: number,
): Pick<FrontMatter, 'data' | 'yaml' | 'yamlStart' | 'yamlEnd'> {
  const first = yaml.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new UsageError(
      'front-matter-invalid',
      `malformed YAML header${line ? ` at line ${line + firstLine}` : ''}: ${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
      {
        file,
        hint: 'fix the YAML between the --- lines (indentation, quotes, a missing colon)',
      },
    );
  }
  const value = yamlValue(yaml, file, 'front-matter-invalid', 'the YAML header');
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    throw new UsageError('front-matter-invalid', 'the YAML header is not a mapping of keys to values', { file });
  }
  return { data: (value ?? {}) as Record<string, unknown>, yaml, yamlStart: start, yamlEnd: end };
}

/** Renders `key: value` as block YAML (LF line endings, no trailing newline). */
export function renderYamlField(key: string, value: unknown): string {
  return yaml()
    .stringify({ [key]: value }, { lineWidth: 0, minContentWidth: 0, defaultKeyType: 'PLAIN', aliasDuplicateObjects: false })
    .replace(/\n$/, '');
}

/**
 * Finds the text range of a top-level `key: value` pair in the YAML, from the key's first character
 * to the end of its value (a trailing comment on the same line stays outside the range).
 */
export function topLevelPairRange(text: string, fm: FrontMatter, key: string): { start: number; keyEnd: number; end: number } | undefined {
  const contents = fm.yaml?.contents;
  if (!yaml().isMap(contents)) return undefined;
  const pair = contents.items.find((p: Yaml.Pair) => (yaml().isScalar(p.key) ? String(p.key.value) : String(p.key)) === key);
  if (!pair || !yaml().isScalar(pair.key) || !pair.key.range) return undefined;
  const keyStart = pair.key.range[0];
  let valueEnd: number;
  const valueNode = pair.value as { range?: [number, number, number] } | null;
  if (valueNode?.range) {
    valueEnd = valueNode.range[1];
  } else {
    // `key:` with nothing after it: the pair ends at the end of the key's line.
    const afterKey = fm.yamlStart + pair.key.range[1];
    const nl = text.indexOf('\n', afterKey);
    valueEnd = (nl === -1 || nl > fm.yamlEnd ? fm.yamlEnd : nl) - fm.yamlStart;
    if (text[fm.yamlStart + valueEnd - 1] === '\r') valueEnd--;
  }
  return { start: fm.yamlStart + keyStart, keyEnd: fm.yamlStart + pair.key.range[1], end: fm.yamlStart + valueEnd };
}
