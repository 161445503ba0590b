// L4 pattern conformance (issue 5). CONTRACT between the gates (issue 4) and the conformance
// detector (issue 5): keep these names and shapes. The implementation is spread over the
// one-concept files of this folder.
import { analyzeConformance } from './analyze.js';

export type ConformanceDecision = 'accept' | 'auto-fix' | 'escalate';

export interface ConformanceFinding {
  category: string;
  file: string;
  line: number;
  expected: string;
  found: string;
  evidence: string;
}

export interface ConformanceReport {
  level: 4;
  driftScore: number;
  decision: ConformanceDecision;
  categoryBreakdown: Record<string, number>;
  findings: ConformanceFinding[];
  examples: string[];
  files: string[];
  /** Files skipped or only partly analysed, one line each naming the file. */
  warnings?: string[];
}

export interface ConformanceOptions {
  root: string;
  /** A PRP file: examples from EXAMPLES / All Needed Context, files from the blueprint. */
  prp?: string;
  examples?: string[];
  files?: string[];
}

/**
 * Compares the patterns of the implementation with the examples' (async style, error handling,
 * naming per identifier kind, module system, data flow, structure) and scores the drift 0–100 with
 * findings. The decision is the band of the score (config `drift.acceptBelow` / `drift.escalateAt`).
 * Bad input (a missing path, no examples) is a UsageError (exit 2).
 */
export async function checkConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  return (await analyzeConformance(options)).report;
}

export { analyzeConformance, type ConformanceAnalysis } from './analyze.js';
export { fixNaming, type NamingFix, type NamingFixResult } from './fix-naming.js';
export { extractExamples, type ExtractedExamples, type ExtractedExample } from './extract-examples.js';
export { extractFeatures, isAnalysable } from './extract-features.js';
export { namingStyles, toNamingStyle, type NamingStyle } from './naming-style.js';
export { CATEGORIES, type Category, type FileFeatures, type Observation } from './features.js';
