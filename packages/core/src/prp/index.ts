export { parsePrp, readPrp, assertCompletePrp, type Prp, type ValidationLevel } from './parse-prp.js';
export { parseBlueprintTasks, type PrpTask, type TaskOperation, type TaskVerb } from './prp-tasks.js';
export {
  normalizePrpHeader,
  normalizeDecision,
  type PrpHeader,
  type PrpStatus,
  type DriftJustification,
  type LevelValidation,
} from './prp-header.js';
export { isPrpId, assertPrpId, comparePrpIds, prpIdFromFileName, PRP_ID_PATTERN } from './prp-id.js';
export { PRP_SECTIONS, PRP_SECTION_TITLES, type PrpSectionName } from './prp-sections.js';
export { codeBlocks, shellCommands, pathReferences, type CodeBlock } from './prp-blocks.js';
export { checkPrp, type PrpCheck, type PrpFinding } from './check-prp.js';
export {
  prpCompleteness,
  placeholderLines,
  withoutPlaceholders,
  type Completeness,
  type CompletenessPart,
  type CompletenessPartName,
} from './completeness.js';
