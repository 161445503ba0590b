// @ce/execute: PRP → tasks → agent → validation gates with self-healing → escalation; the level-4
// decision flow; run logs and metrics. Public API: only what is exported here.
export { executePrp, type ExecuteOptions } from './execute-prp.js';
export type { HumanDecision } from './apply-decision.js';
export type {
  ChangeFinding,
  Escalation,
  EscalationTrigger,
  ExecuteEvent,
  ExecuteResult,
  ExecuteStatus,
  GateAttempt,
  GateOutcome,
  TaskBrief,
  TaskOutcome,
} from './types.js';
export {
  decideLevel4,
  type DriftDecision,
  type DriftDecisionRequest,
  type DriftResolution,
  type Level4Document,
  type Level4Options,
  type Level4Result,
} from './level4-decision.js';
export { inspectChanges, type GuardOptions } from './change-guard.js';
export { executionMetrics, type ExecutionMetrics, type Rate, type RunSummary } from './metrics.js';
export { describeExecuteEvent } from './event-text.js';
export { prpExecution, prpExecutionBuilder, type ExecutionInput, type ExecutionTasks, type AgentChoice } from './prp-execution-pipeline.js';
