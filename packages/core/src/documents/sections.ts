/** A heading and everything under it up to the next heading of the same or a higher level. */
export interface Section {
  level: number;
  /** Heading text as written (without the #s). */
  title: string;
  /** Normalised title for matching: lower case, no emoji, punctuation or colons. */
  key: string;
  /** 0-based line of the heading. */
  line: number;
  /** Offset of the heading line's first character. */
  start: number;
  /** Offset just after the heading line (its line break included). */
  contentStart: number;
  /** Offset where the section ends (the next heading of level ≤ this one, or the end). */
  end: number;
  children: Section[];
}

// The opening of an ATX heading; its title and closing `#`s are taken apart in code (atxHeading), as a
// single pattern with a lazy title between runs of blanks is quadratic on a run of spaces.
const ATX_OPEN = /^ {0,3}(#{1,6})(?![^ \t])/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Normalises a heading for matching: "🎯 Goal:" → "goal", "All Needed Context" → "all needed context". */
export function normalizeHeading(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Presentation}|\u200d|\ufe0f/gu, ' ')
    .replace(/\*\*|__|`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&+]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** `## Title ##` → level 2, title "Title"; the closing `#`s count only after a blank. */
function atxHeading(text: string): { level: number; title: string } | undefined {
  const open = ATX_OPEN.exec(text);
  // A line break character other than \n (\r, U+2028, U+2029) in the line: not a heading, as before.
  if (!open?.[1] || /[\r\u2028\u2029]/.test(text)) return undefined;
  let start = open[0].length;
  while (isBlank(text[start])) start++;
  let end = text.length;
  while (end > start && isBlank(text[end - 1])) end--;
  let hashes = end;
  while (hashes > start && text[hashes - 1] === '#') hashes--;
  if (hashes < end && hashes > start && isBlank(text[hashes - 1])) end = hashes;
  return { level: open[1].length, title: text.slice(start, end).trim() };
}

interface Line {
  text: string;
  start: number;
  end: number; // after the line break
}

export function splitLines(text: string, offset = 0): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl + 1;
    let content = text.slice(pos, nl === -1 ? text.length : nl);
    if (content.endsWith('\r')) content = content.slice(0, -1);
    lines.push({ text: content, start: pos + offset, end: end + offset });
    pos = end;
  }
  return lines;
}

/**
 * Builds the section tree of markdown `body` (ATX headings), ignoring `#` lines inside fenced code
 * blocks (``` or ~~~, nested by length) and HTML comments. Offsets are relative to the full text
 * when `offset` (where body starts in it) is given.
 */
export function parseSections(body: string, offset = 0, firstLine = 0): Section[] {
  const lines = splitLines(body, offset);
  const flat: Section[] = [];
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  lines.forEach((line, index) => {
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line.text);
      if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      return;
    }
    if (inComment) {
      if (line.text.includes('-->')) inComment = false;
      return;
    }
    const open = FENCE_OPEN.exec(line.text);
    if (open?.[1] && !(open[1][0] === '`' && (open[2] ?? '').includes('`'))) {
      fence = { char: open[1][0] ?? '`', length: open[1].length };
      return;
    }
    if (/^ {0,3}<!--/.test(line.text) && !line.text.includes('-->')) {
      inComment = true;
      return;
    }
    const heading = atxHeading(line.text);
    if (!heading) return;
    const { title } = heading;
    flat.push({
      level: heading.level,
      title,
      key: normalizeHeading(title),
      line: firstLine + index,
      start: line.start,
      contentStart: line.end,
      end: offset + body.length,
      children: [],
    });
  });
  // Close each section at the next heading of the same or a higher level, and nest the rest.
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const section of flat) {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= section.level) {
      const closed = stack.pop();
      if (closed) closed.end = section.start;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(section);
    else roots.push(section);
    stack.push(section);
  }
  return roots;
}

/** Every section of a tree, depth first in document order. */
export function flattenSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  const visit = (list: readonly Section[]): void => {
    for (const s of list) {
      out.push(s);
      visit(s.children);
    }
  };
  visit(sections);
  return out;
}

/**
 * Finds a section by name, matched without regard to case, colons or emoji. An exact normalised
 * match wins; otherwise the first heading that starts with the name ("Validation Loop (4 levels)").
 */
export function findSection(sections: readonly Section[], name: string, options: { level?: number } = {}): Section | undefined {
  const key = normalizeHeading(name);
  const all = flattenSections(sections).filter((s) => options.level === undefined || s.level === options.level);
  return all.find((s) => s.key === key) ?? all.find((s) => s.key.startsWith(`${key} `));
}
