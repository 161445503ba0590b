export {
  checkConformance,
  type ConformanceDecision,
  type ConformanceFinding,
  type ConformanceReport,
  type ConformanceOptions,
  analyzeConformance,
  type ConformanceAnalysis,
  fixNaming,
  type NamingFix,
  type NamingFixResult,
  extractExamples,
  type ExtractedExamples,
  type ExtractedExample,
  extractFeatures,
  isAnalysable,
  namingStyles,
  toNamingStyle,
  type NamingStyle,
  CATEGORIES,
  type Category,
  type FileFeatures,
  type Observation,
} from './conformance/index.js';
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
export {
  validate,
  type ValidateOptions,
  type ValidateResult,
  type Level4Outcome,
  type Level4Document,
  type SkippedLevel4,
} from './validate.js';
export {
  selectValidationLevels,
  VALIDATION_LEVEL_CHOICES,
  LEVEL4_NOTHING_TO_COMPARE,
  type ValidationLevelArg,
  type ValidationLevelChoice,
  type LevelRequest,
  type LevelSelection,
} from './validation-levels.js';
