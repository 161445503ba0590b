import { codeBlocks } from './prp-blocks.js';
import type { Prp } from './parse-prp.js';
import { PRP_SECTIONS, type PrpSectionName } from './prp-sections.js';

/** One part of the completeness score: what it earned out of what it could, and why. */
export interface CompletenessPart {
  score: number;
  max: number;
  detail: string;
}

export type CompletenessPartName = 'sections' | 'placeholders' | 'examples' | 'documentation' | 'validation' | 'tasks';

export interface Completeness {
  /** 0–100: the sum of the parts. */
  score: number;
  parts: Record<CompletenessPartName, CompletenessPart>;
}

/**
 * Template placeholders left in prose: `{feature name}`, TODO/TBD, `[describe …]`, `<your …>`.
 * Code (fenced and inline) is removed first, so `{ a: 1 }` in an example never counts.
 */
const PLACEHOLDER =
  /\{[A-Za-z][\w ./-]{0,60}\}|\bTODO\b|\bTBD\b|\bFIXME\b|\[(?:describe|fill in|placeholder|your)[^\]\n]{0,80}\]|<(?:describe|your|placeholder|fill)[^>\n]{0,80}>/gi;

/**
 * The classic PRP template's placeholders: a bracketed phrase of three words or more
 * (`[What needs to be built - be specific about the end state and desires]`, `- [ ] [Specific
 * measurable outcomes]`) — not a link (`[text](url)`, `[text][ref]`, a defined `[label]`), not a
 * checkbox. Bounded, so a long line stays linear.
 */
const BRACKETED = /\[([A-Z][^\]\n]{2,200})\](?![([:])/g;

function bracketedPlaceholder(prose: string, labels: ReadonlySet<string>): string | undefined {
  for (const m of prose.matchAll(BRACKETED)) {
    const inner = m[1] as string;
    if (inner.trim().split(/\s+/).length >= 3 && !labels.has(inner.toLowerCase())) return m[0];
  }
  return undefined;
}

/** Prose with its placeholders taken out: what is left of `[Insert your feature here]` is nothing. */
export function withoutPlaceholders(prose: string): string {
  const labels = referenceLabels(prose);
  return prose
    .replace(PLACEHOLDER, ' ')
    .replace(BRACKETED, (m: string, inner: string) =>
      inner.trim().split(/\s+/).length >= 3 && !labels.has(inner.toLowerCase()) ? ' ' : m,
    );
}

/** Labels of reference-style link definitions (`[Official docs]: https://…`). */
function referenceLabels(text: string): Set<string> {
  return new Set([...text.matchAll(/^ {0,3}\[([^\]\n]{1,200})\]:/gm)].map((m) => (m[1] as string).toLowerCase()));
}

/** The places (1-based lines) where a PRP still holds template placeholder text. */
export function placeholderLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const labels = referenceLabels(text);
  let inFence = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (/^\s{0,3}(```|~~~)/.test(raw)) inFence = !inFence;
    if (inFence || index === 0) return;
    const prose = raw.replace(/`[^`\n]*`/g, '');
    const match = prose.match(PLACEHOLDER)?.[0] ?? bracketedPlaceholder(prose, labels);
    if (match) out.push({ line: index + 1, text: match });
  });
  return out;
}

const URL = /https?:\/\/[^\s)>\]]+/;

/**
 * How complete a PRP is, 0–100, from six parts: the six primary sections present and non-empty
 * (30), no placeholder text (10), at least three examples — code excerpts or example paths in All
 * Needed Context (15), documentation — a URL or a `docs` header (10), validation commands at levels
 * 1 and 2 (20), tasks that name their files (15).
 */
export function prpCompleteness(prp: Prp): Completeness {
  const text = prp.document.text;
  const content = (name: PrpSectionName): string => {
    const section = prp.sections[name];
    return section ? prp.document.sectionContent(section).trim() : '';
  };
  const names = Object.keys(PRP_SECTIONS) as PrpSectionName[];
  const filled = names.filter((n) => content(n).length > 0);
  const placeholders = placeholderLines(text);
  const context = content('context');
  const excerpts = codeBlocks(context).length;
  // The paths the PRP points to (not its codebase-tree listings): the ones L4 and the agent read.
  const examplePaths = prp.contextPaths.length;
  const examples = Math.max(excerpts, Math.min(examplePaths, 3));
  const hasDocs = URL.test(context) || (Array.isArray(prp.header.docs) && prp.header.docs.length > 0);
  const levels = ([1, 2] as const).filter((l) => prp.validationCommands[l].length > 0);
  const withFiles = prp.tasks.filter((t) => t.files.length > 0).length;
  const parts: Record<CompletenessPartName, CompletenessPart> = {
    sections: { score: filled.length * 5, max: 30, detail: `${filled.length}/6 primary sections present and non-empty` },
    placeholders: {
      score: placeholders.length === 0 ? 10 : 0,
      max: 10,
      detail: placeholders.length === 0 ? 'no placeholder text' : `placeholder text on line ${placeholders.map((p) => p.line).join(', ')}`,
    },
    examples: { score: Math.min(examples, 3) * 5, max: 15, detail: `${excerpts} code excerpts, ${examplePaths} example paths` },
    documentation: {
      score: hasDocs ? 10 : 0,
      max: 10,
      detail: hasDocs ? 'documentation referenced' : 'no documentation URL nor docs header',
    },
    validation: { score: levels.length * 10, max: 20, detail: `commands at level ${levels.join(' and ') || 'none'} of 1 and 2` },
    tasks: {
      score: prp.tasks.length === 0 ? 0 : Math.round((15 * withFiles) / prp.tasks.length),
      max: 15,
      detail: `${withFiles}/${prp.tasks.length} tasks name their files`,
    },
  };
  const score = Object.values(parts).reduce((sum, p) => sum + p.score, 0);
  return { score, parts };
}
