import { codeBlocks, shellCommands } from './prp-blocks.js';

/** What a task line tells the agent to do with code: the classic PRP verbs. */
export type TaskVerb = 'CREATE' | 'MODIFY' | 'DELETE' | 'FIND' | 'INJECT' | 'MIRROR' | 'PRESERVE' | 'REPLACE';

/** One instruction of a task (`- INJECT after "def main"`, `- MIRROR src/cart.js`). */
export interface TaskOperation {
  verb: TaskVerb;
  /** The rest of the line after the verb, without markdown emphasis. */
  text: string;
}

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
  /** CREATE / MODIFY / FIND / INJECT / MIRROR / PRESERVE lines, in order. */
  operations: TaskOperation[];
  /** Non-shell code blocks of the task (pseudocode, data models, key functions). */
  pseudocode: string[];
  /** A phase's `**Goal**:` line. */
  goal?: string;
  /** A phase's `**Key Functions**:` list (names or signatures). */
  keyFunctions: string[];
  /** A phase's `**Checkpoint**:` line (what to save when the phase is done). */
  checkpoint?: string;
  body: string;
}

// Linear-time patterns (the reliability suite fuzzes them): no two whitespace runs may meet without a
// required character between them, and `[^]*` (not `.*`, which stops at a lone \r) takes the rest
// of the line, so a long run of spaces never makes the engine backtrack over every split. The line
// is trimmed first, and the title's trailing `**` and `:` are removed in code.
const TASK_LINE = /^(?:[-*]\s+)?(?:#{1,6}\s+)?(?:\*\*\s*)?(Task|Phase|Step)\s+(\d+(?:\.\d+)?)(?:\s*\*\*)?\s*[:.)-]\s*([^]*)$/i;
// A file verb followed by a path with an extension, a folder path, or any quoted path with a slash
// (`/etc/hosts`, `../x`, `bin/run`): paths that leave the repository must be seen to be refused.
const FILE_ACTION =
  /\b(CREATE|MODIFY|UPDATE|EDIT|DELETE|REMOVE|Create|Modify|Update|Edit|Delete|Remove)\b(?:\s+files?)?(?:\s*:)?\s+(?:`([^`\s(){}/]*\/[^`\s(){}]*)`|[`"']?((?:\.{0,2}\/)?[\w@.-]+(?:\/[\w@.-]+)*\.[A-Za-z0-9]{1,6}|(?:[\w@.-]+\/)+[\w@.-]*)[`"']?)/g;
const OPERATION_LINE =
  /^\s*(?:[-*]\s+|\d+\.\s+)?(?:\*\*)?(CREATE|MODIFY|DELETE|FIND|INJECT|MIRROR|PRESERVE|REPLACE)\b(?:\*\*)?(?:\s*:)?\s*([^]*)$/;
/** `**Files to Create**:` / `Files to modify:` headers of a phase, followed by a list of paths. */
const FILES_HEADER = /^\s*(?:[-*]\s+)?(?:\*\*)?files\s+to\s+(create|modify|delete)(?:\*\*)?(?:\s*:)?(?:\*\*)?\s*([^]*)$/i;
const FIELD_LINE =
  /^\s*(?:[-*]\s+)?\*\*([^*]+?)\*\*(?:\s*:)?\s*([^]*)$|^\s*(?:[-*]\s+)?(Goal|Key Functions|Validation Command|Checkpoint)\s*:\s*([^]*)$/i;
const LIST_PATH = /^\s*[-*]\s+[`"']?((?:\.{0,2}\/)?[\w@.-]+(?:\/[\w@.-]+)*\.[A-Za-z0-9]{1,6})[`"']?/;
/** On a trimmed title: `(3h)`, `(1.5 hours)` at its end. */
const HOURS = /\((\d+(?:\.\d+)?)\s*h(?:ours?)?\)$/i;

/**
 * The ordered tasks of an Implementation Blueprint: `Task N:` lists (CREATE / MODIFY, FIND / INJECT /
 * MIRROR / PRESERVE) and `### Phase N: Name (Xh)` blocks (Goal, Files to Create / Modify, Key
 * Functions, Validation Command, Checkpoint). When a blueprint has both, phases are headings and
 * tasks their steps: the tasks are kept.
 */
export function parseBlueprintTasks(blueprintText: string): PrpTask[] {
  const lines = blueprintText.split(/\r?\n/);
  const starts = taskStarts(lines);
  return starts.map((start, i) => {
    const endIndex = starts[i + 1]?.index ?? lines.length;
    const bodyLines = lines.slice(start.index + 1, endIndex);
    return buildTask(start, bodyLines);
  });
}

interface TaskStart {
  index: number;
  kind: PrpTask['kind'];
  id: string;
  title: string;
}

function taskStarts(lines: string[]): TaskStart[] {
  const starts: TaskStart[] = [];
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) {
      // Task lines inside a yaml/text block (the classic template) count; inside code they do not.
      if (fence === undefined) fence = /^(?:`{3,}|~{3,})\s*(?:ya?ml|text|txt|markdown|md)?$/i.test(line.trim()) ? '' : fenceMatch[1];
      else fence = undefined;
      return;
    }
    if (fence) return;
    const m = TASK_LINE.exec(line.trim());
    if (!m?.[1] || !m[2]) return;
    const word = m[1].toLowerCase();
    starts.push({ index, kind: word === 'phase' ? 'phase' : 'task', id: m[2], title: titleText(m[3] ?? '') });
  });
  const hasTasks = starts.some((s) => s.kind === 'task');
  return hasTasks && starts.some((s) => s.kind === 'phase') ? starts.filter((s) => s.kind === 'task') : starts;
}

/** A task line's title without its trailing `:` and `**` (`Task 1: **Add x**:`) or any `**`. */
function titleText(raw: string): string {
  let title = raw.trim();
  if (title.endsWith(':')) title = title.slice(0, -1).trimEnd();
  if (title.endsWith('**')) title = title.slice(0, -2).trimEnd();
  return title.replace(/\*\*/g, '').trim();
}

function buildTask(start: TaskStart, bodyLines: string[]): PrpTask {
  const body = bodyLines.join('\n');
  // Template placeholders ({src/feature/core.ts}) read as the paths they stand for.
  const unplaceheld = (text: string): string => text.replace(/\{([^{}\n]*)\}/g, '$1');
  const fields = phaseFields(bodyLines.map(unplaceheld));
  const hoursMatch = HOURS.exec(start.title);
  const task: PrpTask = {
    id: start.id,
    title: start.title.replace(HOURS, '').trim(),
    kind: start.kind,
    files: mergeFiles(taskFiles(unplaceheld(`${start.title}\n${body}`)), fields.files),
    validation: [...new Set([...fields.validation, ...taskValidation(unplaceheld(body))])],
    operations: operations(bodyLines.map(unplaceheld)),
    pseudocode: codeBlocks(body)
      .filter((b) => shellCommands(b).length === 0 && b.code.trim() !== '')
      .map((b) => b.code),
    keyFunctions: fields.keyFunctions,
    body,
  };
  if (hoursMatch?.[1]) task.hours = Number.parseFloat(hoursMatch[1]);
  if (fields.goal) task.goal = fields.goal;
  if (fields.checkpoint) task.checkpoint = fields.checkpoint;
  return task;
}

function operations(lines: string[]): TaskOperation[] {
  const out: TaskOperation[] = [];
  let inCode = false;
  for (const line of lines) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) {
      inCode = !inCode;
      continue;
    }
    const m = inCode ? null : OPERATION_LINE.exec(line);
    if (m?.[1]) out.push({ verb: m[1] as TaskVerb, text: (m[2] ?? '').replace(/\*\*/g, '').trim() });
  }
  return out;
}

interface PhaseFields {
  goal?: string;
  checkpoint?: string;
  keyFunctions: string[];
  validation: string[];
  files: PrpTask['files'];
}

/** The labelled fields of a phase block; list items after a label belong to it. */
function phaseFields(lines: string[]): PhaseFields {
  const fields: PhaseFields = { keyFunctions: [], validation: [], files: [] };
  let current: { label: string; action?: PrpTask['files'][number]['action'] } | undefined;
  for (const line of lines) {
    const files = FILES_HEADER.exec(line);
    if (files?.[1]) {
      const action = files[1].toLowerCase() as PrpTask['files'][number]['action'];
      current = { label: 'files', action };
      for (const path of inlinePaths(files[2] ?? '')) fields.files.push({ path, action });
      continue;
    }
    const field = FIELD_LINE.exec(line);
    const label = (field?.[1] ?? field?.[3])?.trim().toLowerCase().replace(/:$/, '');
    if (field && label) {
      const value = (field[2] ?? field[4] ?? '').trim();
      current = { label };
      applyField(fields, label, value);
      continue;
    }
    if (!current) continue;
    const item = /^\s*[-*]\s+(.*)$/.exec(line)?.[1]?.trim();
    if (item === undefined) {
      if (line.trim() !== '' && !/^\s*(`{3,}|~{3,})/.test(line) && !/^\s{2,}/.test(line)) current = undefined;
      continue;
    }
    if (current.label === 'files' && current.action) {
      const path = LIST_PATH.exec(line)?.[1];
      if (path) fields.files.push({ path: path.replace(/^\.\//, ''), action: current.action });
    } else if (current.label === 'key functions') fields.keyFunctions.push(stripTicks(item));
  }
  return fields;
}

function applyField(fields: PhaseFields, label: string, value: string): void {
  if (label === 'goal' && value) fields.goal = value;
  else if (label === 'checkpoint' && value) fields.checkpoint = stripTicks(value);
  else if (label === 'key functions' && value) fields.keyFunctions.push(...value.split(/,\s*/).map(stripTicks).filter(Boolean));
  else if ((label === 'validation command' || label === 'validation') && value) {
    const command = /`([^`]+)`/.exec(value)?.[1] ?? value;
    fields.validation.push(command.trim());
  }
}

function inlinePaths(text: string): string[] {
  return [...text.matchAll(/`([^`]+\.[A-Za-z0-9]{1,6})`/g)].map((m) => (m[1] ?? '').replace(/^\.\//, '')).filter(Boolean);
}

const stripTicks = (text: string): string => text.replace(/^`|`$/g, '').trim();

function mergeFiles(first: PrpTask['files'], second: PrpTask['files']): PrpTask['files'] {
  const seen = new Map(first.map((f) => [f.path, f]));
  for (const f of second) if (!seen.has(f.path)) seen.set(f.path, f);
  return [...seen.values()];
}

function taskFiles(text: string): PrpTask['files'] {
  const seen = new Map<string, PrpTask['files'][number]>();
  for (const m of text.matchAll(FILE_ACTION)) {
    const verb = (m[1] ?? '').toLowerCase();
    const path = (m[2] ?? m[3] ?? '').replace(/^\.\//, '').replace(/:$/, '');
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
  return out;
}
