export { planValidation, explainPlan, type PlanOptions, type PlanSource, type ExplainedPlan } from './plan.js';
export { inferPlan, DETECTORS } from './infer.js';
export { scanProjectDirs, SKIPPED_DIRS, type ScanOptions } from './scan.js';
export { ProjectDir } from './project-dir.js';
export { levelOfScriptName } from './detector.js';
export { levelOfCiCommand } from './ci-workflows.js';
export { nodeRunner, type NodeRunner } from './node.js';
export {
  GATE_LEVELS,
  emptyPlan,
  type GateLevel,
  type PlannedCommand,
  type ValidationPlan,
  type Candidate,
  type Evidence,
} from './types.js';
