import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cePaths, comparePrpIds, MarkdownDocument, normalizePrpHeader, prpIdFromFileName, writeFileAtomic } from '@ce/core';
import { driftRecordFrom, type DriftRecord } from './drift-record.js';

/** A well-formed PRP found under PRPs/ and its drift decision, if any. */
export interface ScannedPrp {
  prpId: string;
  file: string;
  name: string | null;
  /** created_date / last_updated of the header, used when a decision has no date. */
  updated: string | null;
  drift: DriftRecord | null;
}

export interface PrpScan {
  prps: ScannedPrp[];
  /** One line per malformed PRP: `PRPs/PRP-3-x.md: <problem>`. Malformed PRPs are left out of `prps`. */
  warnings: string[];
}

/**
 * Reads the header of every PRP under PRPs/ (recursively, templates excluded). A file counts as a
 * PRP when its name starts with a PRP id or its header has `prp_id`. A PRP whose header cannot be
 * read, or whose drift decision is unusable, becomes a warning naming the file, never an error.
 * Legacy `drift_decision` blocks are mapped by the core PRP header normaliser. Parsed headers are
 * cached in `.ce/state/drift-scan.json` by file size and modification time.
 */
export function scanPrps(root: string): PrpScan {
  const paths = cePaths(root);
  const prps: ScannedPrp[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  const cache = readScanCache(root);
  const nextCache: ScanCache = { version: CACHE_VERSION, entries: {} };
  let changed = false;
  for (const abs of markdownFiles(paths.prps, paths.templates)) {
    const file = relative(root, abs).split('\\').join('/');
    let stat: { mtimeMs: number; size: number };
    try {
      const st = statSync(abs);
      stat = { mtimeMs: st.mtimeMs, size: st.size };
    } catch {
      continue;
    }
    const cached = cache.entries[file];
    let outcome: FileOutcome;
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) outcome = cached.outcome;
    else {
      outcome = readOne(abs, file);
      changed = true;
    }
    nextCache.entries[file] = { ...stat, outcome };
    if (outcome.kind === 'warning') warnings.push(outcome.warning);
    if (outcome.kind !== 'prp') continue;
    const prp = outcome.prp;
    const previous = seen.get(prp.prpId);
    if (previous) {
      warnings.push(`${file}: prp_id ${prp.prpId} is also used by ${previous}; this file is ignored`);
      continue;
    }
    seen.set(prp.prpId, file);
    prps.push(prp);
  }
  if (changed || Object.keys(cache.entries).length !== Object.keys(nextCache.entries).length) writeScanCache(root, nextCache);
  prps.sort((a, b) => comparePrpIds(a.prpId, b.prpId));
  return { prps, warnings };
}

type FileOutcome = { kind: 'prp'; prp: ScannedPrp } | { kind: 'warning'; warning: string } | { kind: 'not-a-prp' };

interface ScanCache {
  version: number;
  entries: Record<string, { mtimeMs: number; size: number; outcome: FileOutcome }>;
}

const CACHE_VERSION = 1;

/** Parsed headers are cached by file size and modification time in `.ce/state/drift-scan.json`. */
function scanCacheFile(root: string): string {
  return join(cePaths(root).state, 'drift-scan.json');
}

function readScanCache(root: string): ScanCache {
  try {
    const parsed = JSON.parse(readFileSync(scanCacheFile(root), 'utf8')) as ScanCache;
    if (parsed.version === CACHE_VERSION && parsed.entries && typeof parsed.entries === 'object') return parsed;
  } catch {
    /* no cache yet, or a torn one: rebuild it */
  }
  return { version: CACHE_VERSION, entries: {} };
}

function writeScanCache(root: string, cache: ScanCache): void {
  try {
    writeFileAtomic(scanCacheFile(root), JSON.stringify(cache));
  } catch {
    /* a read-only checkout: work without the cache */
  }
}

function readOne(abs: string, file: string): FileOutcome {
  let raw: Record<string, unknown>;
  try {
    raw = new MarkdownDocument(readFileSync(abs, 'utf8'), file).header;
  } catch (error) {
    const message = firstLine(error);
    return { kind: 'warning', warning: message.includes(file) ? message : `${file}: ${message}` };
  }
  const fromName = prpIdFromFileName(abs);
  const rawId = raw['prp_id'];
  if (rawId === undefined && !fromName) return { kind: 'not-a-prp' }; // a README, notes
  const prpId = rawId === undefined || rawId === null ? fromName : String(rawId);
  if (!prpId) return { kind: 'warning', warning: `${file}: prp_id is empty` };
  const header = normalizePrpHeader(raw);
  const rawDrift = raw['drift_justification'] ?? raw['drift_decision'];
  let drift: DriftRecord | null = null;
  if (rawDrift !== undefined && rawDrift !== null) {
    if (typeof rawDrift !== 'object' || Array.isArray(rawDrift) || !header.drift_justification) {
      return {
        kind: 'warning',
        warning: `${file}: ${raw['drift_justification'] !== undefined ? 'drift_justification' : 'drift_decision'} is not a mapping`,
      };
    }
    const record = driftRecordFrom(prpId, file, header.drift_justification);
    if ('problem' in record) return { kind: 'warning', warning: `${file}: ${record.problem}` };
    drift = record;
  }
  const updated = header.last_updated ?? header.created_date;
  return {
    kind: 'prp',
    prp: { prpId, file, name: typeof header.name === 'string' ? header.name : null, updated: updated ? String(updated) : null, drift },
  };
}

function markdownFiles(dir: string, skip: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    const full = join(dir, name);
    if (full === skip || name.startsWith('.')) continue;
    let isDir: boolean;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      continue;
    }
    if (isDir) out.push(...markdownFiles(full, skip));
    else if (name.toLowerCase().endsWith('.md')) out.push(full);
  }
  return out;
}

function firstLine(error: unknown): string {
  const e = error as { message?: string; line?: string };
  const text = String(e?.message ?? error);
  return text.split('\n')[0] ?? text;
}
