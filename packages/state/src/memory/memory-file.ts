import { readFrontMatter } from '@ce/core';
import { memoryId, parseMemoryId } from './memory-id.js';
import type { MemoryInput, MemoryRecord } from './memory-types.js';

/**
 * The on-disk form of one memory: markdown with a YAML front matter, one file per memory named
 * after its id (`{id}.md`) — the form Serena keeps in `.serena/memories/`, so one folder can serve both.
 */
export function serializeMemory(record: Omit<MemoryRecord, 'id'>): string {
  const lines = ['---'];
  if (record.prpId) lines.push(`prp_id: ${record.prpId}`);
  lines.push(`kind: ${record.kind}`, `name: ${JSON.stringify(record.name)}`);
  if (record.created) lines.push(`created: ${record.created}`);
  if (record.updated) lines.push(`updated: ${record.updated}`);
  if (record.archivedFrom) lines.push(`archived_from: ${JSON.stringify(record.archivedFrom)}`);
  if (record.references.length > 0) lines.push(`references: ${JSON.stringify(record.references)}`);
  lines.push('---', '');
  return `${lines.join('\n')}\n${record.content}`;
}

/**
 * Reads a memory file's text. The id decides the namespace; the front matter adds dates and
 * references. Text without front matter (a memory written by Serena or by hand) is all content.
 */
export function parseMemoryText(id: string, text: string, file?: string): MemoryRecord {
  const key = parseMemoryId(id);
  let data: Record<string, unknown> = {};
  let content = text;
  try {
    const fm = readFrontMatter(text, file);
    if (fm.kind === 'fenced') {
      data = fm.data;
      content = text.slice(fm.bodyStart).replace(/^\r?\n/, '');
    }
  } catch {
    // A malformed header is kept as content rather than losing the memory.
  }
  const str = (v: unknown): string | null =>
    typeof v === 'string' ? v : v instanceof Date ? v.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
  const prpId = key.prpId ?? (key.kind === 'project' ? str(data['prp_id']) : null);
  const archivedFrom = str(data['archived_from']);
  return {
    id: memoryId({ ...key, prpId: key.prpId }),
    prpId,
    kind: key.kind,
    name: key.name,
    content,
    references: Array.isArray(data['references']) ? data['references'].map(String) : [],
    created: str(data['created']),
    updated: str(data['updated']),
    ...(archivedFrom ? { archivedFrom } : {}),
  };
}

/** A record for a write: the input's namespace and content, stamped with dates. */
export function recordFromInput(input: MemoryInput, now: string, existing?: MemoryRecord): MemoryRecord {
  const id = memoryId({ prpId: input.prpId ?? null, kind: input.kind, name: input.name });
  const prpId = input.kind === 'project' || input.kind === 'shared' ? (input.prpId ?? existing?.prpId ?? null) : (input.prpId ?? null);
  return {
    id,
    prpId: input.kind === 'shared' ? null : prpId,
    kind: input.kind,
    name: input.name,
    content: input.content,
    references: input.references ?? existing?.references ?? [],
    created: input.created ?? existing?.created ?? now,
    updated: now,
    ...(input.archivedFrom ? { archivedFrom: input.archivedFrom } : existing?.archivedFrom ? { archivedFrom: existing.archivedFrom } : {}),
  };
}
