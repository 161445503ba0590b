import { MarkdownDocument, codeBlocks, pathReferences, type Section } from '@ce/core';
import { terms } from './research/terms.js';

/** The parts of an INITIAL.md a PRP is generated from. */
export interface ParsedInitial {
  title: string;
  feature: string;
  examples: string;
  documentation: string;
  other: string;
  /** Paths the EXAMPLES name (not yet checked to exist). */
  examplePaths: string[];
  /** Code blocks of the EXAMPLES. */
  exampleCode: { lang: string; code: string }[];
  /** URLs of the DOCUMENTATION, verbatim, with their link text when given. */
  urls: { url: string; label?: string }[];
  /** Libraries the DOCUMENTATION names (`yaml`, `@oclif/core`, `/vercel/next.js`). */
  libraries: string[];
  /** Local files the DOCUMENTATION names. */
  docFiles: string[];
  /** Sections that are none of the four, carried into the PRP. */
  extra: { title: string; content: string }[];
  /** The feature's most frequent words (stemmed), for search and prompts. */
  keywords: string[];
}

type Part = 'feature' | 'examples' | 'documentation' | 'other';

/** Heading words (normalised) for each part; the first word of a heading decides. */
const SYNONYMS: Record<Part, RegExp> = {
  feature: /^(?:feature|features|goal|summary|description|request|what)\b/,
  examples: /^(?:examples?|patterns?|code examples?)\b/,
  documentation: /^(?:documentation|docs|references?|resources|links)\b/,
  other: /^(?:other considerations|considerations|gotchas|notes|constraints|caveats|other)\b/,
};

/** `# Feature: <name>`: the request's title, not its FEATURE part. */
function isTitle(section: Section): boolean {
  return section.level === 1 && /^feature\s*:\s*\S/i.test(section.title.trim());
}

function partOf(section: Section): Part | undefined {
  return (Object.keys(SYNONYMS) as Part[]).find((p) => SYNONYMS[p].test(section.key));
}

/** The text of a section without its subsections that are parts of their own. */
function ownText(doc: MarkdownDocument, section: Section): string {
  const end = section.children.find((c) => partOf(c))?.start ?? section.end;
  return doc.text.slice(section.contentStart, end).trim();
}

const URL = /https?:\/\/[^\s<>)\]`"']+/g;

/**
 * Reads an INITIAL.md in the forms in use: `## FEATURE:` with or without the colon, any case, `#`
 * or `##`, an optional `# Feature: <name>` title, synonyms (Gotchas for OTHER CONSIDERATIONS),
 * markdown links; other sections are kept as `extra`. Without a FEATURE heading, text before the
 * first heading (or the whole body) is the feature.
 */
export function parseInitial(text: string): ParsedInitial {
  const doc = new MarkdownDocument(text);
  const parts: Record<Part, string[]> = { feature: [], examples: [], documentation: [], other: [] };
  const extra: ParsedInitial['extra'] = [];
  let named: string | undefined;
  for (const section of doc.allSections()) {
    const part = partOf(section);
    if (isTitle(section)) {
      named = section.title.trim().replace(/^feature\s*:\s*/i, '');
      const own = ownText(doc, section);
      if (own && !section.children.some((c) => partOf(c) === 'feature')) parts.feature.push(own);
      continue;
    }
    if (part) parts[part].push(ownText(doc, section));
    else if (section.level <= 2 && !doc.allSections().some((s) => s.children.includes(section) && partOf(s) && !isTitle(s))) {
      if (section.level === 1 && !named && section.children.some((c) => partOf(c))) named = section.title.trim();
      else if (ownText(doc, section)) extra.push({ title: section.title.trim(), content: ownText(doc, section) });
    }
  }
  const firstHeading = doc.allSections()[0]?.start ?? doc.text.length;
  const preface = doc.text.slice(doc.frontMatter.bodyStart, firstHeading).trim();
  const feature = parts.feature.join('\n\n').trim() || preface || (doc.allSections().length === 0 ? doc.body.trim() : '');
  const examples = parts.examples.join('\n\n').trim();
  const documentation = parts.documentation.join('\n\n').trim();
  return {
    title: titleOf(named, feature),
    feature,
    examples,
    documentation,
    other: parts.other.join('\n\n').trim(),
    examplePaths: examplePathsOf(examples),
    exampleCode: codeBlocks(examples).map((b) => ({ lang: b.lang, code: b.code })),
    urls: urlsOf(documentation),
    libraries: librariesOf(documentation),
    docFiles: pathReferences(documentation).filter((p) => !/\.(?:com|org|io|dev|net)\b/.test(p)),
    extra,
    keywords: keywordsOf(feature),
  };
}

/** A title is read from at most this much text: the link pattern below is quadratic on `[a](` runs. */
const TITLE_SOURCE_MAX = 1_000;
/**
 * The paths the EXAMPLES name: path-like words, and list items that are a path from `/`, `../` or
 * `~` even without an extension (`../../etc/passwd`), so a path leaving the repository is seen and
 * reported rather than silently dropped.
 */
function examplePathsOf(examples: string): string[] {
  const text = examples.replace(/```[\s\S]*?```/g, '');
  const rooted = [...text.matchAll(/^[ \t]*[-*][ \t]+`?((?:\/|\.\.\/|~\/)[^\s`]*)`?[ \t]*$/gm)].map((m) => m[1] as string);
  return [...new Set([...pathReferences(text), ...rooted])].filter((p) => !p.endsWith('/'));
}

function titleOf(named: string | undefined, feature: string): string {
  const firstLine = feature.split('\n').find((l) => l.trim().length > 0) ?? 'feature';
  const sentence = (named ?? firstLine)
    .slice(0, TITLE_SOURCE_MAX)
    .replace(/^[-*#>\s]+/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .split(/(?<=[a-z)])\.\s/)[0] as string;
  // "Add discount codes to the cart: applyDiscount(…) …" is titled by what comes before the colon.
  const lead = /^([^:]{8,}?):\s/.exec(sentence)?.[1];
  const title = (lead ?? sentence).replace(/[.:]\s*$/, '').trim();
  return shortTitle(title) || 'feature';
}

/**
 * Where a long request's first clause ends: "Add X to Y so that …", "Add X, which …", "Add X (…)".
 * Not at `that` or `when`: "an option that retries" says what the option is.
 */
const CLAUSE_END = /,\s|\s(?:so that|so|because|in order to)\s|\s[-–—]\s|\s\(/;
/** Words a title does not end on. */
const DANGLING =
  /\s+(?:a|an|the|at|to|of|for|in|on|with|by|from|and|or|so|that|which|as|into|its|their|every|all|before|after|than|if|when|while|without)$/i;

/** A title of at most 80 characters: the first clause of a long request, else cut between words. */
function shortTitle(title: string): string {
  if (title.length <= 60) return title;
  const clause = CLAUSE_END.exec(title);
  if (clause && clause.index >= 20 && clause.index <= 80) return title.slice(0, clause.index).trim();
  if (title.length <= 80) return title;
  let cut = title.slice(0, 80).replace(/\s+\S*$/, '');
  while (DANGLING.test(cut)) cut = cut.replace(DANGLING, '');
  return cut;
}

function urlsOf(text: string): ParsedInitial['urls'] {
  const out = new Map<string, string | undefined>();
  // Neither link text nor URL holds a `[`: each `[` starts one scan that ends at the next, so a run of
  // `[` or of `[a](http://x` is read in linear time.
  for (const m of text.matchAll(/\[([^[\]]+)\]\((https?:\/\/[^)\s[]+)\)/g)) out.set(m[2] as string, m[1]);
  for (const m of text.matchAll(URL)) {
    const url = withoutTrailingPunctuation(m[0]);
    if (!out.has(url)) out.set(url, undefined);
  }
  return [...out].map(([url, label]) => (label ? { url, label } : { url }));
}

/** `https://x.dev/a.` → `https://x.dev/a`, in code: `/[.,;:]+$/` is quadratic on a run of dots. */
function withoutTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && '.,;:'.includes(url.charAt(end - 1))) end--;
  return url.slice(0, end);
}

function librariesOf(text: string): string[] {
  const out = new Set<string>();
  const noUrls = text.replace(URL, ' ');
  for (const m of noUrls.matchAll(/`((?:@[\w.-]+\/)?[\w.-]+|\/[\w.-]+\/[\w.-]+)`/g)) {
    const name = m[1] as string;
    if (!/\.(?:md|ts|js|py|json|ya?ml)$/.test(name)) out.add(name);
  }
  for (const m of text.matchAll(/npmjs\.com\/package\/((?:@[\w.-]+\/)?[\w.-]+)/g)) out.add(m[1] as string);
  for (const m of text.matchAll(/pypi\.org\/project\/([\w.-]+)/g)) out.add(m[1] as string);
  for (const m of text.matchAll(/context7\.com(\/[\w.-]+\/[\w.-]+)/g)) out.add(m[1] as string);
  return [...out];
}

function keywordsOf(feature: string): string[] {
  const counts = new Map<string, number>();
  for (const word of terms(feature)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 8)
    .map(([w]) => w);
}
