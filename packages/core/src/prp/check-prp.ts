import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { MarkdownDocument } from '../documents/markdown-document.js';
import { resolveInRepo } from '../fs/repo-paths.js';
import { prpCompleteness, placeholderLines, type Completeness } from './completeness.js';
import { parsePrp, type Prp } from './parse-prp.js';
import { isPrpId } from './prp-id.js';
import { PRP_SECTION_TITLES, type PrpSectionName } from './prp-sections.js';

export interface PrpFinding {
  /** 1-based line of the PRP the finding is about. */
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface PrpCheck {
  file: string | undefined;
  /** No error: the PRP can be executed as it is. */
  executable: boolean;
  completeness: number;
  completenessParts: Completeness['parts'];
  findings: PrpFinding[];
}

const HEADER_VALUES: Record<string, readonly string[]> = {
  status: ['draft', 'ready', 'in-progress', 'executed', 'validated', 'archived'],
  complexity: ['low', 'medium', 'high'],
  template: ['kiss', 'standard', 'self-healing'],
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Checks that a PRP can be executed: its header against the schema of DESIGN.md, the six primary
 * sections present and non-empty, tasks that parse and name their files, files a task MODIFYs that
 * exist in the repository (and stay inside it), and validation commands. Errors make the PRP not
 * executable; warnings lower its completeness only. Give `text` to check a PRP not yet written.
 */
export function checkPrp(options: { root: string; file?: string; text?: string }): PrpCheck {
  const text = options.text ?? MarkdownDocument.read(options.file as string).text;
  const prp = parsePrp(text, options.file);
  const findings = [...headerFindings(prp), ...sectionFindings(prp), ...taskFindings(prp, options.root), ...commandFindings(prp)];
  for (const p of placeholderLines(text)) findings.push({ line: p.line, severity: 'warning', message: `placeholder text "${p.text}"` });
  findings.sort((a, b) => a.line - b.line);
  const completeness = prpCompleteness(prp);
  return {
    file: options.file,
    executable: !findings.some((f) => f.severity === 'error'),
    completeness: completeness.score,
    completenessParts: completeness.parts,
    findings,
  };
}

function headerFindings(prp: Prp): PrpFinding[] {
  const data = prp.document.header;
  if (prp.document.frontMatter.kind !== 'fenced') {
    // The classic form is fine to execute when its file name gives the id (PRPs/PRP-3-auth.md).
    if (prp.id === undefined && prp.file !== undefined)
      return [
        {
          line: 1,
          severity: 'error',
          message: 'no prp_id: no YAML header and the file name does not start with PRP-N (ce execute needs one of them)',
        },
      ];
    return [{ line: 1, severity: 'warning', message: 'no YAML header (the classic form): add one with prp_id, name, status' }];
  }
  const line = (key: string): number =>
    1 +
    Math.max(
      0,
      prp.document.text.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`)),
    );
  const out: PrpFinding[] = [];
  if (typeof data.prp_id !== 'string' || !isPrpId(data.prp_id))
    out.push({
      line: line('prp_id'),
      severity: 'error',
      message: `prp_id ${JSON.stringify(data.prp_id ?? null)} is not PRP-X, PRP-X.Y or PRP-X.Y.Z`,
    });
  if (typeof data.name !== 'string' || data.name.trim() === '')
    out.push({ line: line('name'), severity: 'warning', message: 'the header has no name' });
  for (const [key, allowed] of Object.entries(HEADER_VALUES)) {
    const value = data[key];
    if (value !== undefined && !allowed.includes(String(value)))
      out.push({ line: line(key), severity: 'error', message: `${key} "${String(value)}" is not one of ${allowed.join(', ')}` });
  }
  for (const key of ['created_date', 'last_updated']) {
    const value = data[key];
    const iso = value instanceof Date ? true : typeof value === 'string' && ISO_DATE.test(value);
    if (value !== undefined && !iso)
      out.push({ line: line(key), severity: 'error', message: `${key} "${String(value)}" is not an ISO 8601 date` });
  }
  return out;
}

function sectionFindings(prp: Prp): PrpFinding[] {
  const out: PrpFinding[] = prp.missingSections.map((title) => ({
    line: 1,
    severity: 'error' as const,
    message: `missing section "## ${title}"`,
  }));
  for (const [name, section] of Object.entries(prp.sections) as [PrpSectionName, NonNullable<Prp['sections'][PrpSectionName]>][]) {
    if (prp.document.sectionContent(section).trim() === '')
      out.push({ line: section.line + 1, severity: 'error', message: `section "${PRP_SECTION_TITLES[name]}" is empty` });
  }
  return out;
}

function taskFindings(prp: Prp, root: string): PrpFinding[] {
  const blueprint = prp.sections.blueprint;
  if (!blueprint) return [];
  if (prp.tasks.length === 0)
    return [
      {
        line: blueprint.line + 1,
        severity: 'error',
        message: 'the Implementation Blueprint has no tasks ("Task N: …" or "### Phase N: …")',
      },
    ];
  const lines = prp.document.text.split(/\r?\n/);
  const out: PrpFinding[] = [];
  for (const task of prp.tasks) {
    const at = lines.findIndex(
      (l, i) => i >= blueprint.line && new RegExp(`\\b(?:Task|Phase|Step)\\s+${task.id.replace('.', '\\.')}\\b`, 'i').test(l),
    );
    const line = at + 1 || blueprint.line + 1;
    if (task.files.length === 0) out.push({ line, severity: 'warning', message: `task ${task.id} names no file to CREATE or MODIFY` });
    for (const file of task.files) {
      const full = isAbsolute(file.path) ? file.path : resolve(root, file.path);
      if (!insideRepo(root, file.path))
        out.push({ line, severity: 'error', message: `task ${task.id}: ${file.path} is outside the repository` });
      else if (file.action === 'modify' && !(existsSync(full) && statSync(full).isFile()))
        out.push({ line, severity: 'error', message: `task ${task.id} modifies ${file.path}, which does not exist (CREATE it instead?)` });
    }
  }
  return out;
}

function commandFindings(prp: Prp): PrpFinding[] {
  const section = prp.sections.validation;
  if (!section) return [];
  const line = section.line + 1;
  const levels = prp.validationCommands;
  if ([1, 2, 3, 4].every((l) => levels[l as 1].length === 0))
    return [{ line, severity: 'error', message: 'the Validation Loop has no commands (fenced bash blocks under "### Level N")' }];
  return ([1, 2] as const)
    .filter((l) => levels[l].length === 0)
    .map((l) => ({ line, severity: 'warning' as const, message: `no level ${l} command` }));
}

/** Inside the repository once symlinks are resolved (a link inside that leads out is outside). */
function insideRepo(root: string, path: string): boolean {
  try {
    resolveInRepo(root, path);
    return true;
  } catch {
    return false;
  }
}
