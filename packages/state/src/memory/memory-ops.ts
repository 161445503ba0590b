import { assertPrpId, UsageError, type CeConfig } from '@ce/core';
import { readActive } from '../state-store.js';
import { createMemoryStore } from './create-memory-store.js';
import { FileMemoryStore } from './file-memory-store.js';
import { parseMemoryText, serializeMemory } from './memory-file.js';
import { memoryId, parseMemoryId, type MemoryKey } from './memory-id.js';
import { PRP_MEMORY_KINDS, type MemoryFilter, type MemoryKind, type MemoryRecord, type MemoryStore } from './memory-types.js';

/** How a user names a memory: a full id (`PRP-1-learnings-api`, `project/x`), or a name with --prp / --kind. */
export interface MemoryNameInput {
  name: string;
  prpId?: string | undefined;
  kind?: MemoryKind | undefined;
}

/**
 * Turns a user's memory name into its key. With a PRP kind and no PRP id, the active PRP is meant;
 * with a PRP id and no kind, learnings; with neither, the name is read as a full id.
 */
export function resolveMemoryName(root: string, input: MemoryNameInput): MemoryKey {
  if (input.prpId !== undefined) assertPrpId(input.prpId);
  if (!input.kind && input.prpId === undefined) return parseMemoryId(input.name);
  const kind = input.kind ?? 'learnings';
  let prpId = input.prpId ?? null;
  if ((PRP_MEMORY_KINDS as readonly string[]).includes(kind) && !prpId) {
    prpId = readActive(root)?.prpId ?? null;
    if (!prpId)
      throw new UsageError('no-active-prp', `a ${kind} memory needs a PRP and none is active`, {
        hint: 'pass --prp PRP-N, or start one with ce prp start PRP-N',
      });
  }
  const key: MemoryKey = { prpId: kind === 'shared' ? null : prpId, kind, name: input.name };
  memoryId(key);
  return key;
}

export interface MemoryOpOptions {
  /** Override the configured memory section (backend, dir, mcp). */
  config?: Partial<CeConfig['memory']>;
  /** Use this store instead of the configured one (not closed afterwards). */
  store?: MemoryStore;
}

async function withStore<T>(
  root: string,
  options: MemoryOpOptions,
  fn: (store: MemoryStore) => Promise<T>,
): Promise<T & { repaired: string[] }> {
  const store = options.store ?? createMemoryStore(root, options.config);
  try {
    const result = await fn(store);
    return { ...result, repaired: store instanceof FileMemoryStore ? store.lastRepaired : [] };
  } finally {
    if (!options.store) await store.close();
  }
}

/** Writes (creates or replaces) one memory. */
export async function writeMemory(
  root: string,
  input: MemoryNameInput & { content: string; references?: string[] },
  options: MemoryOpOptions = {},
): Promise<{ memory: MemoryRecord; repaired: string[] }> {
  const key = resolveMemoryName(root, input);
  return withStore(root, options, async (store) => ({
    memory: await store.write({ ...key, content: input.content, ...(input.references ? { references: input.references } : {}) }),
  }));
}

/** Reads one memory; a usage error naming it when there is none. */
export async function readMemory(
  root: string,
  input: MemoryNameInput,
  options: MemoryOpOptions = {},
): Promise<{ memory: MemoryRecord; repaired: string[] }> {
  const key = resolveMemoryName(root, input);
  return withStore(root, options, async (store) => {
    const memory = await store.read(key);
    if (!memory) throw new UsageError('memory-not-found', `there is no memory "${memoryId(key)}"`, { hint: 'see ce memory list' });
    return { memory };
  });
}

/** Lists memories, optionally of one PRP and/or one kind. */
export async function listMemories(
  root: string,
  filter: MemoryFilter = {},
  options: MemoryOpOptions = {},
): Promise<{ memories: MemoryRecord[]; repaired: string[] }> {
  if (filter.prpId !== undefined) assertPrpId(filter.prpId);
  return withStore(root, options, async (store) => ({ memories: await store.list(filter) }));
}

/** Deletes one memory; a usage error when there is none of that name. */
export async function deleteMemory(
  root: string,
  input: MemoryNameInput,
  options: MemoryOpOptions = {},
): Promise<{ id: string; deleted: true; repaired: string[] }> {
  const key = resolveMemoryName(root, input);
  const id = memoryId(key);
  return withStore(root, options, async (store) => {
    if (!(await store.delete(key))) throw new UsageError('memory-not-found', `there is no memory "${id}"`, { hint: 'see ce memory list' });
    return { id, deleted: true as const };
  });
}

/**
 * Writes a memory given as file text (front matter + body, or plain markdown), as an MCP memory
 * server receives it in `write_memory`.
 */
export async function writeMemoryText(
  root: string,
  id: string,
  text: string,
  options: MemoryOpOptions = {},
): Promise<{ memory: MemoryRecord; repaired: string[] }> {
  const parsed = parseMemoryText(id, text);
  return withStore(root, options, async (store) => ({
    memory: await store.write({
      prpId: parsed.prpId,
      kind: parsed.kind,
      name: parsed.name,
      content: parsed.content,
      references: parsed.references,
      created: parsed.created,
      ...(parsed.archivedFrom ? { archivedFrom: parsed.archivedFrom } : {}),
    }),
  }));
}

/** A memory as file text (what `read_memory` of an MCP memory server returns). */
export async function readMemoryText(root: string, id: string, options: MemoryOpOptions = {}): Promise<{ id: string; content: string }> {
  const { memory } = await readMemory(root, { name: id }, options);
  return { id: memory.id, content: serializeMemory(memory) };
}
