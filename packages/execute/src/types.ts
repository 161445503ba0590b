import type { Diagnostic } from '@ce/validate';

/** What a person or an outside agent needs to implement one task (`--agent none`). */
export interface TaskBrief {
  /** The task's number in the PRP (`1`, `2`, …). */
  number: string;
  title: string;
  kind: 'task' | 'phase';
  files: { path: string; action: 'create' | 'modify' | 'delete' }[];
  /** Operations (CREATE / MODIFY / FIND / INJECT / MIRROR / PRESERVE) as written in the PRP. */
  operations: string[];
  pseudocode: string[];
  goal?: string;
  /** The task's own validation commands, run after it is implemented. */
  validation: string[];
}

/** Why an execution stopped for a person (exit 3). */
export type EscalationTrigger =
  | 'repeated-failure'
  | 'no-change'
  | 'unparsed-diagnostics'
  | 'tool-missing'
  | 'drift'
  | 'dependency-change'
  | 'secret'
  | 'dangerous-command'
  | 'shell-injection'
  | 'disabled-check';

/** One thing in the changes that a person must look at. */
export interface ChangeFinding {
  trigger: Exclude<EscalationTrigger, 'repeated-failure' | 'no-change' | 'unparsed-diagnostics' | 'tool-missing' | 'drift'>;
  file: string;
  line: number;
  message: string;
  /** Stable across runs: the same finding is accepted once. */
  key: string;
}

export interface Escalation {
  trigger: EscalationTrigger;
  message: string;
  /** The task it happened in, or `final` for levels 3 and 4. */
  step: string;
  /** `.ce/runs/<run-id>/report.md`, repository-relative. */
  report: string;
  findings: ChangeFinding[];
  diagnostics: Diagnostic[];
  /** How to go on. */
  hint: string;
}

/** One run of one gate inside an execution. */
export interface GateAttempt {
  attempt: number;
  passed: boolean;
  /** Error signature of the failure (stable hash of the parsed diagnostics). */
  signature?: string;
  diagnostics: number;
  /** The first problem of a failed attempt (`src/a.js:3 node-test test: sum adds: 1 !== 5`), for people. */
  problem?: string;
  /** What ran between this attempt and the next: `fixers`, `agent`. */
  healedBy?: 'fixers' | 'agent';
  durationMs: number;
}

export interface GateOutcome {
  /** `task-2:validation`, `task-2:L1`, `L3`, … */
  gate: string;
  level: 0 | 1 | 2 | 3 | 4;
  passed: boolean;
  /** Nothing to run at this gate. */
  empty: boolean;
  attempts: GateAttempt[];
  diagnostics: Diagnostic[];
  /** Level 4: the drift score (0–100) and what was decided about it. */
  drift?: { score: number; decision: string };
  /** A person accepted the gate as it is after an escalation (`--decision accept`). */
  accepted?: boolean;
  escalation?: Omit<Escalation, 'report' | 'step' | 'hint'>;
}

export interface TaskOutcome {
  number: string;
  title: string;
  /** `agent` (ce drove it), `outside` (a person or an outside agent, `--agent none`), `skipped` (--from-task). */
  implementedBy: 'agent' | 'outside' | 'skipped';
  gates: GateOutcome[];
  passed: boolean;
}

export type ExecuteStatus = 'completed' | 'awaiting-implementation' | 'gate-failed' | 'escalated' | 'rejected' | 'planned';

export interface ExecuteResult {
  runId: string;
  prpId: string;
  prp: string;
  status: ExecuteStatus;
  /** 0 completed / awaiting / planned, 1 a gate failed or the escalation was rejected, 3 a person must decide. */
  exitCode: 0 | 1 | 3;
  agent: string;
  /** With `--agent none`: the task to implement next. */
  task?: TaskBrief;
  tasks: TaskOutcome[];
  /** Levels 3 and 4 after the last task. */
  final: GateOutcome[];
  confidence?: string;
  checkpoints: string[];
  filesTouched: string[];
  escalation?: Escalation;
  /** `.ce/runs/<run-id>.jsonl`, repository-relative. */
  runLog: string;
  /** `--dry-run`: the tasks and the commands that would run. */
  plan?: {
    tasks: TaskBrief[];
    commands: Record<'1' | '2' | '3', string[]>;
    /** Commands that need `ce prp allow <file>` before the execution may start. */
    unallowed: string[];
  };
}

/** Progress for a terminal or MCP progress notifications. */
export type ExecuteEvent =
  | { type: 'task-start'; task: string; title: string; index: number; total: number }
  | { type: 'agent'; task: string; purpose: 'implement' | 'fix'; attempt: number }
  | { type: 'gate'; gate: string; attempt: number; passed: boolean }
  | { type: 'fixers'; gate: string; fixed: string[] }
  | { type: 'checkpoint'; tag: string }
  | { type: 'escalated'; trigger: EscalationTrigger; message: string };
