// @ce/drift: the one drift scale (0–100, bands), drift decisions in PRP headers, their history,
// summary and comparison. Public API: only what is exported here.
export {
  DEFAULT_DRIFT_THRESHOLDS,
  driftBand,
  driftBucket,
  driftThresholds,
  normalizeDriftScore,
  type DriftBand,
  type DriftThresholds,
} from './scale.js';
export { driftRecordFrom, type DriftRecord } from './drift-record.js';
export { scanPrps, type PrpScan, type ScannedPrp } from './scan-prps.js';
export { driftHistory, relatedDecisions, newestFirst, type DriftHistory, type DriftHistoryEntry } from './history.js';
export { driftSummary, summarizeRecords, type DriftSummary, type DriftCategoryCount, type DriftTrendPoint } from './summary.js';
export { driftCompare, driftShow, type DriftComparison, type DriftComparisonSide, type DriftShow } from './compare.js';
export {
  recordDriftDecision,
  readDriftLog,
  driftLogFile,
  toJustification,
  type DriftDecisionInput,
  type DriftLogEntry,
  type RecordedDecision,
} from './record-decision.js';
export { sparkline, bar } from './trend-chart.js';
