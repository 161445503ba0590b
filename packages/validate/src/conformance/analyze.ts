import { loadConfig } from '@ce/core';
import { driftBand, driftThresholds, type DriftThresholds } from '@ce/drift';
import { extractFeatures } from './extract-features.js';
import { wrappedFunctionObservations } from './python/wrapped-functions.js';
import { widenInheritedAsyncStyle } from './typescript/overridden-methods.js';
import { buildFindings } from './findings.js';
import { overallScore, scoreCategories, type CategoryScore } from './score.js';
import { resolveInputs, type SourceInput } from './resolve-inputs.js';
import type { FileFeatures } from './features.js';
import type { ConformanceOptions, ConformanceReport } from './index.js';

/** The report with what it was computed from (for fixes and side-by-side display). */
export interface ConformanceAnalysis {
  report: ConformanceReport;
  examples: FileFeatures[];
  implementation: FileFeatures[];
  categories: CategoryScore[];
  thresholds: DriftThresholds;
}

async function featuresOf(
  root: string,
  inputs: SourceInput[],
  warnings: string[],
  side: 'examples' | 'implementation',
): Promise<FileFeatures[]> {
  const out: FileFeatures[] = [];
  for (const input of inputs) {
    const features = await extractFeatures(input.path, input.text);
    if (!features) {
      warnings.push(`${input.path}: language not analysed, skipped`);
      continue;
    }
    if (features.problem) warnings.push(`${input.path}: ${features.problem}`);
    // Functions made by a wrapper defined in a sibling module take its style (read from the repository).
    if (features.family === 'python') features.observations.push(...(await wrappedFunctionObservations(root, input.path, input.text)));
    // An override in its base method's style was not the author's choice (examples show the house either way).
    if (side === 'implementation') await widenInheritedAsyncStyle(root, features, input.text);
    out.push(features);
  }
  return out;
}

/** Extracts the patterns of examples and implementation, scores each category and applies the bands. */
export async function analyzeConformance(options: ConformanceOptions, thresholds?: DriftThresholds): Promise<ConformanceAnalysis> {
  const inputs = resolveInputs(options);
  const warnings = [...inputs.warnings];
  const examples = await featuresOf(options.root, inputs.examples, warnings, 'examples');
  const implementation = await featuresOf(options.root, inputs.files, warnings, 'implementation');
  const categories = scoreCategories(examples, implementation);
  const driftScore = overallScore(categories);
  const bands = thresholds ?? driftThresholds(loadConfig(options.root).config);
  const report: ConformanceReport = {
    level: 4,
    driftScore,
    decision: driftBand(driftScore, bands),
    categoryBreakdown: Object.fromEntries(categories.map((c) => [c.category, c.score])),
    findings: buildFindings(categories),
    examples: inputs.examples.map((e) => e.path),
    files: inputs.files.map((f) => f.path),
    warnings,
  };
  return { report, examples, implementation, categories, thresholds: bands };
}
