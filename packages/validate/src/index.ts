export * from './conformance/index.js';
export {
  planValidation,
  explainPlan,
  inferPlan,
  scanProjectDirs,
  levelOfScriptName,
  levelOfCiCommand,
  nodeRunner,
  GATE_LEVELS,
  type PlanOptions,
  type PlanSource,
  type ExplainedPlan,
  type GateLevel,
  type PlannedCommand,
  type Evidence,
  type ValidationPlan,
  type NodeRunner,
} from './inference/index.js';
export {
  parseDiagnostics,
  PARSERS,
  type Diagnostic,
  type DiagnosticParser,
  type Severity,
  type ParseContext,
} from './diagnostics/index.js';
export { runGates, runPlannedCommand, type RunGatesOptions, type LevelResult, type CommandResult, type GateEvent } from './gates/index.js';
export { fixLevel1, removeUnusedImports, type FixOptions, type FixResult, type AppliedFix } from './fixers/index.js';
export { confidenceScore, recordConfidence, type LevelOutcome, type LevelRecord, type RecordConfidenceResult } from './confidence.js';
export { validate, type ValidateOptions, type ValidateResult, type ValidationLevelArg, type Level4Outcome } from './validate.js';
