import { UsageError } from '../errors/index.js';
import { MarkdownDocument } from '../documents/markdown-document.js';
import type { Section } from '../documents/sections.js';
import { codeBlocks, pathReferences, shellCommands } from './prp-blocks.js';
import { normalizePrpHeader, type PrpHeader } from './prp-header.js';
import { prpIdFromFileName } from './prp-id.js';
import { PRP_SECTIONS, PRP_SECTION_TITLES, type PrpSectionName } from './prp-sections.js';

export interface PrpTask {
  /** "1", "2", … in document order of their own numbering. */
  id: string;
  title: string;
  kind: 'task' | 'phase';
  /** Estimated hours for `### Phase N: Name (Xh)`. */
  hours?: number;
  /** Files the task creates or modifies. */
  files: { path: string; action: 'create' | 'modify' | 'delete' }[];
  /** Validation commands named in the task. */
  validation: string[];
  body: string;
}

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
  /** Paths referenced in All Needed Context / EXAMPLES. */
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
    contextPaths: [...new Set([...pathReferences(content(sections.context)), ...pathReferences(content(examples))])],
  };
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

const TASK_LINE =
  /^\s*(?:[-*]\s+)?(?:#{1,6}\s+)?(?:\*\*)?\s*(Task|Phase|Step)\s+(\d+(?:\.\d+)?)\s*(?:\*\*)?\s*[:.)-]\s*(.*?)\s*(?:\*\*)?\s*:?\s*$/i;
const FILE_ACTION =
  /\b(CREATE|MODIFY|UPDATE|EDIT|DELETE|REMOVE|Create|Modify|Update|Edit|Delete|Remove)\b(?:\s+(?:file|files))?\s*:?\s+[`"']?((?:\.{0,2}\/)?[\w@.-]+(?:\/[\w@.-]+)*\.[A-Za-z0-9]{1,6}|(?:[\w@.-]+\/)+[\w@.-]*)[`"']?/g;

function parseTasks(document: MarkdownDocument, blueprint: Section | undefined): PrpTask[] {
  if (!blueprint) return [];
  const text = document.sectionContent(blueprint);
  const lines = text.split(/\r?\n/);
  const starts: { index: number; kind: PrpTask['kind']; id: string; title: string }[] = [];
  lines.forEach((line, index) => {
    const m = TASK_LINE.exec(line);
    if (!m?.[1] || !m[2]) return;
    const word = m[1].toLowerCase();
    starts.push({ index, kind: word === 'phase' ? 'phase' : 'task', id: m[2], title: (m[3] ?? '').replace(/\*\*/g, '').trim() });
  });
  // When a PRP has both phases and tasks, phases are the headings and tasks their steps: keep tasks.
  const hasTasks = starts.some((s) => s.kind === 'task');
  const chosen = hasTasks && starts.some((s) => s.kind === 'phase') ? starts.filter((s) => s.kind === 'task') : starts;
  return chosen.map((start, i) => {
    const endIndex = chosen[i + 1]?.index ?? lines.length;
    const body = lines.slice(start.index + 1, endIndex).join('\n');
    const hoursMatch = /\((\d+(?:\.\d+)?)\s*h(?:ours?)?\)/i.exec(start.title);
    const task: PrpTask = {
      id: start.id,
      title: start.title.replace(/\s*\((\d+(?:\.\d+)?)\s*h(?:ours?)?\)\s*$/i, '').trim(),
      kind: start.kind,
      // Template placeholders ({src/feature/core.ts}) read as the paths they stand for.
      files: taskFiles(`${start.title}\n${body}`.replace(/\{([^{}\n]*)\}/g, '$1')),
      validation: taskValidation(body),
      body,
    };
    if (hoursMatch?.[1]) task.hours = Number.parseFloat(hoursMatch[1]);
    return task;
  });
}

function taskFiles(text: string): PrpTask['files'] {
  const seen = new Map<string, PrpTask['files'][number]>();
  for (const m of text.matchAll(FILE_ACTION)) {
    const verb = (m[1] ?? '').toLowerCase();
    const path = (m[2] ?? '').replace(/^\.\//, '').replace(/:$/, '');
    if (!path || seen.has(path)) continue;
    seen.set(path, { path, action: verb === 'create' ? 'create' : verb === 'delete' || verb === 'remove' ? 'delete' : 'modify' });
  }
  return [...seen.values()];
}

function taskValidation(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/\b(?:validation|validate|verify|check)\b\**\s*:\**\s*`([^`]+)`/gi)) if (m[1]) out.push(m[1].trim());
  for (const block of codeBlocks(body)) {
    if (block.lang === 'bash' || block.lang === 'sh' || block.lang === 'shell') out.push(...shellCommands(block));
  }
  return [...new Set(out)];
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
