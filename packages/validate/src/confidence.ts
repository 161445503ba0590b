import { isAbsolute, resolve } from 'node:path';
import { cePaths, isoNow, MarkdownDocument, withLock, writeFileAtomic, type LevelValidation } from '@ce/core';

/** One level's outcome as it counts for confidence. */
export interface LevelOutcome {
  level: 1 | 2 | 3 | 4;
  passed: boolean;
  /** The level had no commands (nothing was checked). */
  empty?: boolean;
  attempts?: number;
}

/** What is written into a PRP header per level. */
export interface LevelRecord extends LevelValidation {
  /** Set when the level had no commands to run. */
  empty?: boolean;
}

const PER_LEVEL = 2.5;
const EMPTY_CREDIT = 1;

/**
 * Confidence 0–10 from the four levels: each level that passed with real commands counts 2.5, a level
 * with nothing to run counts 1 (no evidence either way), a failed or unknown level 0. 10 only when all
 * four levels passed; anything less is at most 9.
 */
export function confidenceScore(levels: Partial<Record<'1' | '2' | '3' | '4', LevelRecord>>): number {
  let score = 0;
  let allPassed = true;
  for (const key of ['1', '2', '3', '4'] as const) {
    const record = levels[key];
    if (!record || !record.passed) {
      allPassed = false;
      continue;
    }
    if (record.empty) {
      allPassed = false;
      score += EMPTY_CREDIT;
    } else score += PER_LEVEL;
  }
  return allPassed ? 10 : Math.min(9, Math.round(score));
}

export interface RecordConfidenceResult {
  file: string;
  confidence: string;
  score: number;
  validation: Record<string, LevelRecord>;
}

/**
 * Writes `confidence` ("N/10") and per-level `validation` ({passed, attempts, date}) into the PRP
 * header, under the `.ce/` lock and atomically; only those two fields' bytes change. Levels not run
 * this time keep what the header already recorded, and count towards the score with it.
 */
export async function recordConfidence(
  root: string,
  prpFile: string,
  outcomes: readonly LevelOutcome[],
  date = isoNow(),
): Promise<RecordConfidenceResult> {
  const file = isAbsolute(prpFile) ? prpFile : resolve(root, prpFile);
  return withLock(
    cePaths(root).lock,
    () => {
      const doc = MarkdownDocument.read(file);
      const existing = doc.header['validation'];
      const validation: Record<string, LevelRecord> = {};
      if (existing && typeof existing === 'object' && !Array.isArray(existing)) {
        for (const [k, v] of Object.entries(existing as Record<string, unknown>)) {
          if (/^[1-4]$/.test(k) && v && typeof v === 'object') validation[k] = v as LevelRecord;
        }
      }
      for (const o of outcomes) {
        validation[String(o.level)] = { passed: o.passed, attempts: o.attempts ?? 1, date, ...(o.empty ? { empty: true } : {}) };
      }
      const ordered = Object.fromEntries(Object.entries(validation).sort(([a], [b]) => Number(a) - Number(b)));
      const score = confidenceScore(ordered);
      const confidence = `${score}/10`;
      const updated = doc.withHeaderField('confidence', confidence).withHeaderField('validation', ordered);
      if (updated.text !== doc.text) writeFileAtomic(file, updated.text);
      return { file, confidence, score, validation: ordered };
    },
    { purpose: 'ce validate: confidence' },
  );
}
