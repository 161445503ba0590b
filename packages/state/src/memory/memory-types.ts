/**
 * Kinds of memory: a PRP's own (`{prp_id}-checkpoint-*`, `{prp_id}-learnings-*`, `{prp_id}-temp-*`),
 * project knowledge (`project/*`, learnings archived by cleanup), and `shared`: any other memory in
 * the folder, such as one Serena wrote.
 */
export type MemoryKind = 'checkpoint' | 'learnings' | 'temp' | 'project' | 'shared';

export const PRP_MEMORY_KINDS = ['checkpoint', 'learnings', 'temp'] as const;
export type PrpMemoryKind = (typeof PRP_MEMORY_KINDS)[number];

/** One memory, as every backend returns it. */
export interface MemoryRecord {
  /** The memory's name in the store: `PRP-1-learnings-api-client`, `project/PRP-1-api-client`, `suggested_commands`. */
  id: string;
  /** The PRP it belongs to (for project knowledge: the PRP it was archived from); null for shared ones. */
  prpId: string | null;
  kind: MemoryKind;
  /** The name within its namespace (`api-client`). */
  name: string;
  /** The markdown body, without the front matter. */
  content: string;
  /** Files or symbols the memory is about (front matter `references`), for staleness checks. */
  references: string[];
  created: string | null;
  updated: string | null;
  /** For project knowledge: the memory it was archived from. */
  archivedFrom?: string;
}

/** A memory to write. For project knowledge `prpId` names the PRP it came from (optional). */
export interface MemoryInput {
  prpId?: string | null;
  kind: MemoryKind;
  name: string;
  content: string;
  references?: string[];
  archivedFrom?: string;
  /** Kept when rewriting an existing memory; set on the first write otherwise. */
  created?: string | null;
}

/** A memory named by its id, or by its parts. */
export type MemoryRef = string | { prpId?: string | null; kind: MemoryKind; name: string };

export interface MemoryFilter {
  prpId?: string;
  kind?: MemoryKind;
}

/** What every memory backend offers (file folder, MCP memory server). */
export interface MemoryStore {
  readonly backend: 'file' | 'mcp';
  write(input: MemoryInput): Promise<MemoryRecord>;
  /** The memory, or undefined when there is none of that name. */
  read(ref: MemoryRef): Promise<MemoryRecord | undefined>;
  list(filter?: MemoryFilter): Promise<MemoryRecord[]>;
  /** True when a memory was deleted, false when there was none. */
  delete(ref: MemoryRef): Promise<boolean>;
  /** Releases connections (the MCP backend's server process). */
  close(): Promise<void>;
}
