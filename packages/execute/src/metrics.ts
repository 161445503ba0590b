import { readExecutionRuns, type RunRecord } from './run-log.js';

/** A rate with what it was computed from. */
export interface Rate {
  count: number;
  of: number;
  /** 0–100, rounded; null when there is nothing to divide by. */
  percent: number | null;
}

/** One execution run as the trend shows it. */
export interface RunSummary {
  runId: string;
  prpId: string;
  started: string;
  status: 'completed' | 'escalated' | 'rejected' | 'in-progress';
  /** Time from the start to the end of the run (across `--continue`s), when it ended. */
  durationMs: number | null;
  /** Share of gate runs that passed at their first attempt, 0–100. */
  firstAttemptPassPercent: number | null;
  /** The most attempts any gate needed. */
  maxAttempts: number;
  tokens: number;
}

/** `ce metrics`: how executions went, over every run log in `.ce/runs/`. */
export interface ExecutionMetrics {
  runs: number;
  completed: number;
  escalated: number;
  /** Completed with every gate passing at its first attempt. */
  firstPassSuccess: Rate;
  /** Completed with every gate passing by its second attempt, not first time. */
  secondPassSuccess: Rate;
  /** Gates that failed at first and then passed, among gates that failed at first. */
  selfHealingSuccess: Rate;
  /** Per gate kind (`task`, `L1`…`L4`): gate runs that passed at the first attempt. */
  gatePassRates: Record<string, Rate>;
  timePerPrp: { averageMs: number | null; completedRuns: number };
  tokens: { input: number; output: number; costUsd: number };
  /** Oldest first. */
  trend: RunSummary[];
}

interface GateRecord {
  gate: string;
  validationLevel?: number;
  /** Run logs written by 0.1.0 held the validation level here, over the record’s log level. */
  level?: number | string;
  passed: boolean;
  empty?: boolean;
  attempts?: { passed: boolean }[];
}

const rate = (count: number, of: number): Rate => ({ count, of, percent: of === 0 ? null : Math.round((count / of) * 100) });

/** Aggregates the execution records of every run log (other runs' records are ignored). */
export function executionMetrics(root: string): ExecutionMetrics {
  const runs = [...readExecutionRuns(root).entries()].map(([runId, records]) => summarize(runId, records));
  const completed = runs.filter((r) => r.summary.status === 'completed');
  const gates = runs.flatMap((r) => r.gates);
  const failedFirst = gates.filter((g) => g.attempts.length > 0 && !g.attempts[0]?.passed);
  const kinds = new Map<string, { passed: number; total: number }>();
  for (const g of gates) {
    const kind = g.gate.endsWith(':validation') ? 'task' : `L${g.validationLevel ?? g.level}`;
    const entry = kinds.get(kind) ?? { passed: 0, total: 0 };
    entry.total++;
    if (g.attempts[0]?.passed) entry.passed++;
    kinds.set(kind, entry);
  }
  const durations = completed.map((r) => r.summary.durationMs).filter((d): d is number => d !== null);
  return {
    runs: runs.length,
    completed: completed.length,
    escalated: runs.filter((r) => r.summary.status === 'escalated').length,
    firstPassSuccess: rate(completed.filter((r) => r.summary.maxAttempts <= 1).length, runs.length),
    secondPassSuccess: rate(completed.filter((r) => r.summary.maxAttempts === 2).length, runs.length),
    selfHealingSuccess: rate(failedFirst.filter((g) => g.passed).length, failedFirst.length),
    gatePassRates: Object.fromEntries([...kinds.entries()].sort().map(([k, v]) => [k, rate(v.passed, v.total)])),
    timePerPrp: {
      averageMs: durations.length === 0 ? null : Math.round(durations.reduce((s, d) => s + d, 0) / durations.length),
      completedRuns: durations.length,
    },
    tokens: runs.reduce(
      (t, r) => ({ input: t.input + r.tokens.input, output: t.output + r.tokens.output, costUsd: t.costUsd + r.tokens.costUsd }),
      { input: 0, output: 0, costUsd: 0 },
    ),
    trend: runs.map((r) => r.summary).sort((a, b) => a.started.localeCompare(b.started)),
  };
}

interface Summarized {
  summary: RunSummary;
  gates: (GateRecord & { attempts: { passed: boolean }[] })[];
  tokens: { input: number; output: number; costUsd: number };
}

function summarize(runId: string, records: RunRecord[]): Summarized {
  const started = records.find((r) => r.msg === 'run-start')?.time ?? records[0]?.time ?? '';
  const end = [...records].reverse().find((r) => r.msg === 'run-end' || r.msg === 'escalated' || r.msg === 'decision');
  const status: RunSummary['status'] =
    end?.msg === 'run-end'
      ? end['status'] === 'rejected'
        ? 'rejected'
        : 'completed'
      : end?.msg === 'escalated'
        ? 'escalated'
        : 'in-progress';
  const gates = records
    .filter((r) => r.msg === 'gate')
    .map((r) => r as unknown as GateRecord)
    .filter((g) => !g.empty)
    .map((g) => ({ ...g, attempts: g.attempts ?? [{ passed: g.passed }] }));
  const tokens = { input: 0, output: 0, costUsd: 0 };
  for (const r of records.filter((x) => x.msg === 'agent')) {
    const usage = (r['usage'] ?? {}) as { inputTokens?: number; outputTokens?: number; costUsd?: number };
    tokens.input += usage.inputTokens ?? 0;
    tokens.output += usage.outputTokens ?? 0;
    tokens.costUsd += usage.costUsd ?? 0;
  }
  const firstPassed = gates.filter((g) => g.attempts[0]?.passed).length;
  return {
    summary: {
      runId,
      prpId: records[0]?.prpId ?? '',
      started,
      status,
      durationMs: status === 'completed' && end ? Date.parse(end.time) - Date.parse(started) : null,
      firstAttemptPassPercent: gates.length === 0 ? null : Math.round((firstPassed / gates.length) * 100),
      maxAttempts: Math.max(0, ...gates.map((g) => g.attempts.length)),
      tokens: tokens.input + tokens.output,
    },
    gates,
    tokens,
  };
}
