import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { cePaths, compactTimestamp, isPrpId, writeFileAtomic } from '@ce/core';
import type { PrpSession } from './session-types.js';

/** Where the state package keeps its files below `.ce/state/`. */
export function statePaths(root: string): { dir: string; lock: string; sessions: string; active: string; journal: string } {
  const paths = cePaths(root);
  return {
    dir: paths.state,
    lock: paths.lock,
    sessions: join(paths.state, 'sessions'),
    active: join(paths.state, 'active.json'),
    journal: join(paths.state, 'journal.json'),
  };
}

export interface ActivePointer {
  prpId: string;
  since: string;
}

/** A JSON file read back: its value, or why it could not be used. */
type ReadJson<T> = { ok: true; value: T } | { ok: false; missing: boolean; reason: string };

function readJson<T>(file: string, valid: (value: unknown) => value is T): ReadJson<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, missing, reason: missing ? 'missing' : (error as Error).message };
  }
  try {
    const value: unknown = JSON.parse(text);
    return valid(value) ? { ok: true, value } : { ok: false, missing: false, reason: 'unexpected content' };
  } catch {
    return { ok: false, missing: false, reason: text.length === 0 ? 'empty' : 'not valid JSON' };
  }
}

function isSession(value: unknown): value is PrpSession {
  const v = value as PrpSession | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.prpId === 'string' &&
    isPrpId(v.prpId) &&
    typeof v.baseCommit === 'string' &&
    typeof v.status === 'string'
  );
}

function isActive(value: unknown): value is ActivePointer {
  const v = value as ActivePointer | null;
  return typeof v === 'object' && v !== null && typeof v.prpId === 'string' && isPrpId(v.prpId);
}

export function sessionFile(root: string, prpId: string): string {
  return join(statePaths(root).sessions, `${prpId}.json`);
}

/** The session of a PRP, or undefined when it never started (or its file is unusable: see repair). */
export function readSession(root: string, prpId: string): PrpSession | undefined {
  const read = readJson(sessionFile(root, prpId), isSession);
  return read.ok ? { ...read.value, validation: read.value.validation ?? {} } : undefined;
}

export function writeSession(root: string, session: PrpSession): void {
  writeFileAtomic(sessionFile(root, session.prpId), `${JSON.stringify(session, null, 2)}\n`);
}

export function listSessions(root: string): PrpSession[] {
  const dir = statePaths(root).sessions;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => readSession(root, name.slice(0, -'.json'.length)))
    .filter((s): s is PrpSession => s !== undefined);
}

export function readActive(root: string): ActivePointer | undefined {
  const read = readJson(statePaths(root).active, isActive);
  return read.ok ? read.value : undefined;
}

export function writeActive(root: string, pointer: ActivePointer | undefined): void {
  const file = statePaths(root).active;
  if (pointer) writeFileAtomic(file, `${JSON.stringify(pointer, null, 2)}\n`);
  else if (existsSync(file)) writeFileAtomic(file, 'null\n');
}

/** Checks every state file; a file that cannot be read is moved aside (kept for inspection) and named. */
export function quarantineBadStateFiles(root: string): string[] {
  const repaired: string[] = [];
  const paths = statePaths(root);
  const checks: Array<[string, (v: unknown) => boolean]> = [[paths.active, (v) => v === null || isActive(v)]];
  if (existsSync(paths.sessions)) {
    for (const name of readdirSync(paths.sessions)) {
      if (name.endsWith('.json')) checks.push([join(paths.sessions, name), (v) => isSession(v) && `${v.prpId}.json` === name]);
    }
  }
  for (const [file, valid] of checks) {
    const read = readJson(file, (v): v is unknown => valid(v));
    if (read.ok || read.missing) continue;
    const aside = `${file}.corrupt-${compactTimestamp()}`;
    mkdirSync(paths.dir, { recursive: true });
    renameSync(file, aside);
    repaired.push(`moved unreadable state file ${file} (${read.reason}) aside to ${aside}`);
  }
  return repaired;
}
