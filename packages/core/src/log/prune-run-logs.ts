import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

export interface RunLogRetention {
  /** Keep at most this many run logs (the most recently written). Default 200, or `CE_RUN_LOGS_KEEP`. */
  keep: number;
  /** Keep at most this many bytes of run logs in all. Default 50 MiB, or `CE_RUN_LOGS_MAX_MB`. */
  maxBytes: number;
}

const DEFAULT_KEEP = 200;
// Execution run logs (`<time>-PRP-3-1a2b.jsonl`) are `ce metrics`' history, one per PRP execution:
// retention leaves them alone.
const EXECUTION_LOG = /^\d{8}T\d{6}Z-PRP-/;
const DEFAULT_MAX_MB = 50;

/** The retention in force: the defaults, or positive whole numbers from the environment. */
export function runLogRetention(env: NodeJS.ProcessEnv = process.env): RunLogRetention {
  const number = (name: string, fallback: number): number => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return { keep: number('CE_RUN_LOGS_KEEP', DEFAULT_KEEP), maxBytes: number('CE_RUN_LOGS_MAX_MB', DEFAULT_MAX_MB) * 1024 * 1024 };
}

/**
 * Deletes the oldest command run logs (`*.jsonl`, by time of last write) beyond `keep` files or
 * `maxBytes` in all, leaving room for one more. Execution run logs and report folders
 * (`<run-id>/report.md`, which a person may still have to answer) are kept. Returns the names removed.
 */
export function pruneRunLogs(dir: string, retention: RunLogRetention): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.jsonl') && !EXECUTION_LOG.test(n));
  } catch {
    return [];
  }
  const logs = names
    .map((name) => {
      const stat = lstatSync(join(dir, name), { throwIfNoEntry: false });
      return stat?.isFile() ? { name, size: stat.size, mtime: stat.mtimeMs } : undefined;
    })
    .filter((l): l is { name: string; size: number; mtime: number } => l !== undefined)
    .sort((a, b) => b.mtime - a.mtime || b.name.localeCompare(a.name));
  const removed: string[] = [];
  let kept = 0;
  let bytes = 0;
  for (const log of logs) {
    if (kept + 1 < retention.keep && bytes + log.size <= retention.maxBytes) {
      kept += 1;
      bytes += log.size;
      continue;
    }
    try {
      unlinkSync(join(dir, log.name));
      removed.push(log.name);
    } catch {
      // Another ce process pruned it first.
    }
  }
  return removed;
}
