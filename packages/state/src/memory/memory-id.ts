import { assertPrpId, assertSafeName, isPrpId, UsageError } from '@ce/core';
import { PRP_MEMORY_KINDS, type MemoryKind, type MemoryRef } from './memory-types.js';

export interface MemoryKey {
  prpId: string | null;
  kind: MemoryKind;
  name: string;
}

const NAMESPACED = /^(PRP-\d+(?:\.\d+){0,2})-(checkpoint|learnings|temp)-(.+)$/;
const PROJECT_PREFIX = 'project/';

/** The store name of a memory: `{prp_id}-{kind}-{name}`, `project/{name}`, or a shared name as is. */
export function memoryId(key: { prpId?: string | null; kind: MemoryKind; name: string }): string {
  assertSafeName(key.name, 'memory name');
  switch (key.kind) {
    case 'project':
      return `${PROJECT_PREFIX}${key.name}`;
    case 'shared':
      if (NAMESPACED.test(key.name))
        throw new UsageError('invalid-name', `memory name "${key.name}" looks like a PRP memory`, {
          hint: 'give --prp and --kind instead',
        });
      return key.name;
    default: {
      if (!key.prpId)
        throw new UsageError('missing-prp', `a ${key.kind} memory needs a PRP id`, {
          hint: 'pass --prp PRP-N, or start a PRP with ce prp start',
        });
      assertPrpId(key.prpId);
      return `${key.prpId}-${key.kind}-${key.name}`;
    }
  }
}

/** Reads a store name back into its parts; a trailing `.md` (as Serena names files) is accepted. */
export function parseMemoryId(id: string): MemoryKey {
  const bare = id.endsWith('.md') ? id.slice(0, -3) : id;
  if (bare.startsWith(PROJECT_PREFIX)) {
    return { prpId: null, kind: 'project', name: assertSafeName(bare.slice(PROJECT_PREFIX.length), 'memory name') };
  }
  const match = NAMESPACED.exec(bare);
  if (match && isPrpId(match[1] ?? '')) {
    return { prpId: match[1] ?? null, kind: match[2] as MemoryKey['kind'], name: assertSafeName(match[3] ?? '', 'memory name') };
  }
  return { prpId: null, kind: 'shared', name: assertSafeName(bare, 'memory name') };
}

export function refToKey(ref: MemoryRef): MemoryKey {
  if (typeof ref === 'string') return parseMemoryId(ref);
  const key: MemoryKey = { prpId: ref.prpId ?? null, kind: ref.kind, name: ref.name };
  memoryId(key); // validates
  return key;
}

export function isMemoryKind(value: string): value is MemoryKind {
  return (PRP_MEMORY_KINDS as readonly string[]).includes(value) || value === 'project' || value === 'shared';
}
