import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cePaths, compactTimestamp, ensureRunsFolder, Logger } from '@ce/core';

/** `20261124T080000Z-PRP-3-1a2b`: sortable by time, unique per run. */
export function newRunId(prpId: string, now = new Date()): string {
  return `${compactTimestamp(now)}-${prpId}-${randomBytes(2).toString('hex')}`;
}

export function runLogFile(root: string, runId: string): string {
  return join(ensureRunsFolder(root), `${runId}.jsonl`);
}

/** The run's structured log (`.ce/runs/<run-id>.jsonl`); every record carries `source: execute`. */
export function openRunLog(root: string, runId: string, prpId: string): { logger: Logger; file: string } {
  const file = runLogFile(root, runId);
  return { logger: new Logger({ file, level: 'error', fields: { source: 'execute', runId, prpId } }), file: relative(root, file) };
}

/** One record of an execution run log, as metrics read it. */
export interface RunRecord {
  time: string;
  msg: string;
  runId: string;
  prpId: string;
  source?: string;
  [field: string]: unknown;
}

/** Every execution record of every run log, grouped by run id, runs oldest first. */
export function readExecutionRuns(root: string): Map<string, RunRecord[]> {
  const dir = cePaths(root).runs;
  const runs = new Map<string, RunRecord[]>();
  if (!existsSync(dir)) return runs;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let record: RunRecord;
      try {
        record = JSON.parse(line) as RunRecord;
      } catch {
        continue; // a line cut short by a killed process
      }
      if (record.source !== 'execute' || typeof record.runId !== 'string') continue;
      runs.set(record.runId, [...(runs.get(record.runId) ?? []), record]);
    }
  }
  return runs;
}
