import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive, removeDeadTemps, writeFileAtomic } from '@ce/core';
import { quarantineBadStateFiles, readActive, readSession, statePaths, writeActive } from './state-store.js';

/** What a multi-step operation writes before it starts, so that a kill in the middle is noticed and explained. */
export interface JournalEntry {
  op: 'checkpoint' | 'restore' | 'cleanup';
  pid: number;
  prpId: string;
  startedAt: string;
  /** The tag being created (checkpoint) or restored (restore). */
  tag?: string;
  /** The safety checkpoint taken before a restore. */
  safetyTag?: string;
}

export function writeJournal(root: string, entry: JournalEntry): void {
  writeFileAtomic(statePaths(root).journal, `${JSON.stringify(entry, null, 2)}\n`);
}

export function clearJournal(root: string): void {
  rmSync(statePaths(root).journal, { force: true });
}

/** Temp index files of snapshots: `ce-snapshot-{pid}-{hex}.index` in the git dir. */
export const SNAPSHOT_INDEX_PATTERN = /^ce-snapshot-(\d+)-[0-9a-f]+\.index(?:\.lock)?$/;

export interface RepairInput {
  root: string;
  /** Folders holding files written atomically by ce (memory dirs), checked for leftover temp files. */
  dirs: string[];
  /** The repository's git dir, when there is one. */
  gitDir?: string;
  /** Whether a tag exists (to tell if an interrupted checkpoint completed). */
  tagExists?: (tag: string) => Promise<boolean>;
}

/**
 * Brings state left by a killed `ce` back to something every command reads: unreadable state files
 * are moved aside, temp files of dead writers removed, an interrupted operation is explained, and an
 * active pointer to a missing session is cleared. Runs under the `.ce/` lock; returns what it did.
 */
export async function repairState(input: RepairInput): Promise<string[]> {
  const { root } = input;
  const paths = statePaths(root);
  const repaired: string[] = [];
  repaired.push(...quarantineBadStateFiles(root));

  for (const dir of [paths.dir, paths.sessions, ...input.dirs]) {
    for (const file of removeDeadTemps(dir)) {
      repaired.push(`removed ${file}, a temp file left by an interrupted write (the file it was replacing is intact)`);
    }
  }

  if (input.gitDir) {
    for (const name of safeReaddir(input.gitDir)) {
      const match = SNAPSHOT_INDEX_PATTERN.exec(name);
      if (!match) continue;
      const pid = Number(match[1]);
      if (pid !== process.pid && isProcessAlive(pid)) continue;
      rmSync(join(input.gitDir, name), { force: true });
      repaired.push(`removed ${join(input.gitDir, name)}, the temporary index of an interrupted checkpoint`);
    }
  }

  const journal = readJournal(root);
  // A journal of this very process is an operation still running (cleanup's memory steps); a torn one has pid -1.
  if (journal && journal.pid !== process.pid && (journal.pid <= 0 || !isProcessAlive(journal.pid))) {
    repaired.push(await explainJournal(journal, input));
    clearJournal(root);
  }

  const active = readActive(root);
  if (active && !readSession(root, active.prpId)) {
    writeActive(root, undefined);
    repaired.push(
      `cleared the active PRP ${active.prpId}: its session file is missing (start it again with \`ce prp start ${active.prpId}\`)`,
    );
  }
  return repaired;
}

function readJournal(root: string): JournalEntry | undefined {
  const file = statePaths(root).journal;
  if (!existsSync(file)) return undefined;
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as JournalEntry;
    if (typeof value?.op === 'string' && typeof value.pid === 'number') return value;
  } catch {
    /* torn journal: treated as an unknown interrupted operation below */
  }
  return { op: 'checkpoint', pid: -1, prpId: '?', startedAt: '?' };
}

async function explainJournal(journal: JournalEntry, input: RepairInput): Promise<string> {
  const who = journal.pid > 0 ? `process ${journal.pid}` : 'a killed process';
  switch (journal.op) {
    case 'checkpoint': {
      if (journal.tag && input.tagExists && (await input.tagExists(journal.tag))) {
        return `a checkpoint of ${journal.prpId} interrupted in ${who} had already created its tag ${journal.tag}; it is complete and kept`;
      }
      return `a checkpoint of ${journal.prpId} was interrupted in ${who} before its tag was created; nothing was changed (take it again)`;
    }
    case 'restore':
      return `a restore of ${journal.tag ?? 'a checkpoint'} for ${journal.prpId} was interrupted in ${who}; the working tree may be partly restored: run \`ce prp restore ${journal.prpId}\` again, or undo it by restoring the safety checkpoint ${journal.safetyTag ?? `(phase pre-restore)`}`;
    case 'cleanup':
      return `a cleanup of ${journal.prpId} was interrupted in ${who}; each of its steps is safe to repeat: run \`ce prp cleanup ${journal.prpId}\` again to finish it`;
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
