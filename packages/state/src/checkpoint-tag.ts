import { assertPrpId, assertSafeName, isPrpId, UsageError } from '@ce/core';

/** Phase of the safety checkpoint that every restore takes first (restore it to undo a restore). */
export const SAFETY_PHASE = 'pre-restore';

const TAG_PATTERN = /^checkpoint-(PRP-\d+(?:\.\d+){0,2})-(.+)-(\d{8}T\d{6}Z)(?:-(\d+))?$/;

export interface ParsedCheckpointTag {
  prpId: string;
  phase: string;
  /** `20261124T080000Z` */
  timestamp: string;
  /** Disambiguates two checkpoints of one phase within the same second (0 for the first). */
  sequence: number;
}

/** `checkpoint-{prp_id}-{phase}-{timestamp}`, with `-N` appended only when that name is taken. */
export function checkpointTagName(prpId: string, phase: string, timestamp: string, sequence = 0): string {
  assertPrpId(prpId);
  assertCheckpointPhase(phase);
  return `checkpoint-${prpId}-${phase}-${timestamp}${sequence > 0 ? `-${sequence}` : ''}`;
}

export function parseCheckpointTag(tag: string): ParsedCheckpointTag | undefined {
  const match = TAG_PATTERN.exec(tag);
  if (!match) return undefined;
  const [, prpId = '', phase = '', timestamp = '', sequence] = match;
  if (!isPrpId(prpId)) return undefined;
  return { prpId, phase, timestamp, sequence: sequence === undefined ? 0 : Number(sequence) };
}

/** A phase becomes part of a git ref and of file names: a safe name that git accepts in a ref. */
export function assertCheckpointPhase(phase: string): string {
  assertSafeName(phase, 'phase');
  if (phase.endsWith('.') || phase.endsWith('.lock') || phase.includes('@{')) {
    throw new UsageError('invalid-name', `phase "${phase}" cannot be part of a git tag name`, {
      hint: 'choose a phase such as "phase-1" or "tests-green"',
    });
  }
  return phase;
}

/** `20261124T080000Z` → `2026-11-24T08:00:00Z`. */
export function isoFromCompact(timestamp: string): string {
  return timestamp.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
}
