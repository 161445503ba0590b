import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isoNow, writeFileAtomic } from '@ce/core';
import { withState } from '../with-state.js';
import { parseMemoryText, recordFromInput, serializeMemory } from './memory-file.js';
import { memoryId, parseMemoryId, refToKey } from './memory-id.js';
import type { MemoryFilter, MemoryInput, MemoryRecord, MemoryRef, MemoryStore } from './memory-types.js';

/**
 * Memories as markdown files in one folder (default `.ce/memory/`): `{id}.md`, project knowledge in
 * `project/`. Every write is atomic and made under the `.ce/` lock, after repairing what a killed
 * writer left behind.
 */
export class FileMemoryStore implements MemoryStore {
  readonly backend = 'file' as const;
  /** Repairs made by the last operation (leftover temp files, a stale lock). */
  lastRepaired: string[] = [];

  constructor(
    readonly root: string,
    readonly dir: string,
  ) {}

  fileOf(id: string): string {
    return join(this.dir, `${id}.md`);
  }

  async write(input: MemoryInput): Promise<MemoryRecord> {
    const id = memoryId({ prpId: input.prpId ?? null, kind: input.kind, name: input.name });
    return this.locked(`ce memory write ${id}`, () => {
      const record = recordFromInput(input, isoNow(), this.readNow(id));
      writeFileAtomic(this.fileOf(record.id), serializeMemory(record));
      return record;
    });
  }

  async read(ref: MemoryRef): Promise<MemoryRecord | undefined> {
    return this.readNow(memoryId(refToKey(ref)));
  }

  async list(filter: MemoryFilter = {}): Promise<MemoryRecord[]> {
    const ids = [...this.idsIn(this.dir, ''), ...this.idsIn(join(this.dir, 'project'), 'project/')];
    const records: MemoryRecord[] = [];
    for (const id of ids) {
      const record = this.readNow(id);
      if (!record) continue;
      if (filter.prpId && record.prpId !== filter.prpId) continue;
      if (filter.kind && record.kind !== filter.kind) continue;
      records.push(record);
    }
    return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async delete(ref: MemoryRef): Promise<boolean> {
    const id = memoryId(refToKey(ref));
    return this.locked(`ce memory delete ${id}`, () => {
      const file = this.fileOf(id);
      if (!existsSync(file)) return false;
      rmSync(file, { force: true });
      return true;
    });
  }

  async close(): Promise<void> {
    /* nothing to release */
  }

  private readNow(id: string): MemoryRecord | undefined {
    const file = this.fileOf(id);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    return parseMemoryText(id, text, file);
  }

  private idsIn(dir: string, prefix: string): string[] {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return [];
    }
    const ids: string[] = [];
    for (const name of names) {
      if (!name.endsWith('.md') || name.startsWith('.')) continue;
      try {
        ids.push(memoryId(parseMemoryId(`${prefix}${name}`)));
      } catch {
        /* a file whose name is not a memory name (spaces, globs): not ours to list */
      }
    }
    return ids;
  }

  private async locked<T>(purpose: string, fn: () => T): Promise<T> {
    return withState(
      this.root,
      purpose,
      async (ctx) => {
        this.lastRepaired = ctx.repaired;
        return fn();
      },
      { memoryDir: this.dir, git: false },
    );
  }
}
