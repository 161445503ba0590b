import { UsageError } from '../errors/index.js';
import { MarkdownDocument } from '../documents/markdown-document.js';
import type { Section } from '../documents/sections.js';
import { codeBlocks, pathReferences, shellCommands } from './prp-blocks.js';
import { parseBlueprintTasks, type PrpTask } from './prp-tasks.js';
import { normalizePrpHeader, type PrpHeader } from './prp-header.js';
import { prpIdFromFileName } from './prp-id.js';
import { PRP_SECTIONS, PRP_SECTION_TITLES, type PrpSectionName } from './prp-sections.js';

export type ValidationLevel = 1 | 2 | 3 | 4;

export interface Prp {
  file: string | undefined;
  id: string | undefined;
  header: PrpHeader;
  document: MarkdownDocument;
  sections: Partial<Record<PrpSectionName, Section>>;
  /** Primary sections that are absent, by their usual title. */
  missingSections: string[];
  tasks: PrpTask[];
  /** Commands of the Validation Loop by level. */
  validationCommands: Record<ValidationLevel, string[]>;
  successCriteria: { text: string; done: boolean }[];
  /** Paths referenced in All Needed Context / EXAMPLES (not the listings of the codebase tree). */
  contextPaths: string[];
}

/** Parses a PRP (any of the accepted forms). Malformed YAML is a UsageError naming the file. */
export function parsePrp(text: string, file?: string): Prp {
  const document = new MarkdownDocument(text, file);
  const header = normalizePrpHeader(document.header);
  const sections: Partial<Record<PrpSectionName, Section>> = {};
  const missingSections: string[] = [];
  for (const name of Object.keys(PRP_SECTIONS) as PrpSectionName[]) {
    const section = findPrimary(document, PRP_SECTIONS[name]);
    if (section) sections[name] = section;
    else missingSections.push(PRP_SECTION_TITLES[name]);
  }
  const content = (s: Section | undefined): string => (s ? document.sectionContent(s) : '');
  const examples = document.section('examples');
  const references = (s: Section | undefined): string[] => (s ? pathReferences(contentWithoutTrees(document, s)) : []);
  return {
    file,
    id: header.prp_id ?? (file ? prpIdFromFileName(file) : undefined),
    header,
    document,
    sections,
    missingSections,
    tasks: parseTasks(document, sections.blueprint),
    validationCommands: parseValidationLoop(document, sections.validation),
    successCriteria: checklist(content(sections.what)),
    contextPaths: [...new Set([...references(sections.context), ...references(examples)])],
  };
}

/** `Current Codebase Tree`, `Desired codebase tree with files to be added`, `Project structure`. */
const TREE_LISTING = /\btree\b|\b(codebase|directory|folder|project|repository|repo|source) (structure|layout)\b/;

/**
 * A section's text without its subsections that list the repository's tree: a listing is an
 * overview of where things are, not the files to read or copy — taken as references it made every
 * folder of the repository an EXAMPLE for level 4 and a file the agent should read first.
 */
function contentWithoutTrees(document: MarkdownDocument, section: Section): string {
  const skipped = flatten(section.children).filter((s) => TREE_LISTING.test(s.key));
  let text = '';
  let at = section.contentStart;
  for (const s of skipped.sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue; // inside a listing already skipped
    text += document.text.slice(at, s.start);
    at = s.end;
  }
  return text + document.text.slice(at, section.end);
}

function flatten(sections: Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

/** Reads and parses a PRP file. */
export function readPrp(file: string): Prp {
  return parsePrp(MarkdownDocument.read(file).text, file);
}

/** Throws a UsageError naming the file and the first missing primary section. */
export function assertCompletePrp(prp: Prp): void {
  const missing = prp.missingSections[0];
  if (missing) {
    throw new UsageError(
      'prp-section-missing',
      `missing section "## ${missing}"${prp.missingSections.length > 1 ? ` (and ${prp.missingSections.slice(1).join(', ')})` : ''}`,
      {
        file: prp.file,
        hint: 'a PRP needs Goal, Why, What, All Needed Context, Implementation Blueprint and Validation Loop (see PRPs/templates/)',
      },
    );
  }
}

function findPrimary(document: MarkdownDocument, names: readonly string[]): Section | undefined {
  for (const level of [2, 1, 3]) {
    for (const name of names) {
      const s = document.section(name, { level });
      if (s) return s;
    }
  }
  return undefined;
}

function parseTasks(document: MarkdownDocument, blueprint: Section | undefined): PrpTask[] {
  return blueprint ? parseBlueprintTasks(document.sectionContent(blueprint)) : [];
}

function parseValidationLoop(document: MarkdownDocument, section: Section | undefined): Record<ValidationLevel, string[]> {
  const result: Record<ValidationLevel, string[]> = { 1: [], 2: [], 3: [], 4: [] };
  if (!section) return result;
  const levelOf = (title: string): ValidationLevel | undefined => {
    const m = /\b(?:level|l)\s*([1-4])\b/i.exec(title);
    return m?.[1] ? (Number(m[1]) as ValidationLevel) : undefined;
  };
  const subsections = section.children.flatMap((c) => [c, ...c.children]).filter((c) => levelOf(c.title) !== undefined);
  for (const sub of subsections) {
    const level = levelOf(sub.title);
    if (!level) continue;
    const own = document.text.slice(sub.contentStart, sub.children[0]?.start ?? sub.end);
    for (const block of codeBlocks(own)) result[level].push(...shellCommands(block));
  }
  for (const level of [1, 2, 3, 4] as const) result[level] = [...new Set(result[level])];
  return result;
}

function checklist(text: string): Prp['successCriteria'] {
  const out: Prp['successCriteria'] = [];
  for (const m of text.matchAll(/^\s*[-*]\s+\[([ xX])\]\s+(.+)$/gm)) out.push({ done: m[1] !== ' ', text: (m[2] ?? '').trim() });
  return out;
}
