import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cePaths, comparePrpIds, MarkdownDocument, normalizePrpHeader, prpIdFromFileName } from '@ce/core';
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
 * Legacy `drift_decision` blocks are mapped by the core PRP header normaliser.
 */
export function scanPrps(root: string): PrpScan {
  const paths = cePaths(root);
  const prps: ScannedPrp[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  for (const abs of markdownFiles(paths.prps, paths.templates)) {
    const file = relative(root, abs).split('\\').join('/');
    let raw: Record<string, unknown>;
    try {
      raw = new MarkdownDocument(readFileSync(abs, 'utf8'), file).header;
    } catch (error) {
      const message = firstLine(error);
      warnings.push(message.includes(file) ? message : `${file}: ${message}`);
      continue;
    }
    const fromName = prpIdFromFileName(abs);
    const rawId = raw['prp_id'];
    if (rawId === undefined && !fromName) continue; // not a PRP (a README, notes)
    const prpId = rawId === undefined || rawId === null ? fromName : String(rawId);
    if (!prpId) {
      warnings.push(`${file}: prp_id is empty`);
      continue;
    }
    const header = normalizePrpHeader(raw);
    const rawDrift = raw['drift_justification'] ?? raw['drift_decision'];
    let drift: DriftRecord | null = null;
    if (rawDrift !== undefined && rawDrift !== null) {
      if (typeof rawDrift !== 'object' || Array.isArray(rawDrift) || !header.drift_justification) {
        warnings.push(`${file}: ${raw['drift_justification'] !== undefined ? 'drift_justification' : 'drift_decision'} is not a mapping`);
        continue;
      }
      const record = driftRecordFrom(prpId, file, header.drift_justification);
      if ('problem' in record) {
        warnings.push(`${file}: ${record.problem}`);
        continue;
      }
      drift = record;
    }
    const previous = seen.get(prpId);
    if (previous) {
      warnings.push(`${file}: prp_id ${prpId} is also used by ${previous}; this file is ignored`);
      continue;
    }
    seen.set(prpId, file);
    const updated = header.last_updated ?? header.created_date;
    prps.push({
      prpId,
      file,
      name: typeof header.name === 'string' ? header.name : null,
      updated: updated ? String(updated) : null,
      drift,
    });
  }
  prps.sort((a, b) => comparePrpIds(a.prpId, b.prpId));
  return { prps, warnings };
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
