// @ce/generate: INITIAL.md → PRP (parsing, research on the code index, library docs, synthesis, templates).
// Public API: only what is exported here.
export { generatePrp, type GenerateOptions, type GenerateResult } from './generate-prp.js';
export { parseInitial, type ParsedInitial } from './parse-initial.js';
export { readInitial, readInitialText, initialFromText } from './read-initial.js';
export { researchCode, type CodeResearch } from './research/research-code.js';
export { rankFiles, pickBlueprintFiles, queryTerms, type FeatureQuery, type RankedFile } from './research/rank-files.js';
export { loadRepoFiles, isTestPath, type RepoFile } from './research/repo-files.js';
export { bm25Document, bm25Scores, rankByScore, type Bm25Document } from './research/bm25.js';
export { terms, splitIdentifier } from './research/terms.js';
export { type CodeExcerpt } from './research/excerpts.js';
export { localLibraryDocs, type LibraryDocs } from './docs/local-docs.js';
export { estimateComplexity, type ComplexityEstimate, type TemplateName } from './complexity.js';
export { draftSections } from './draft-sections.js';
export { renderPrp, prpHeader } from './render-prp.js';
export { synthesizeWithAgent, sectionsFromAnswer, answerSections, synthesisPrompt, type Synthesis } from './synthesize.js';
export { reservePrpId, nextPrpId, writeNewPrp, slugOf } from './write-prp.js';
export type { GenerationFacts, DocsResult, LevelCommands, PrpSectionsText } from './generation-facts.js';
export { prpGeneration, EXAMPLE_INITIAL } from './prp-generation.js';
export {
  generationBuilder,
  type GenerationInput,
  type GenerationSettings,
  type GeneratedPrp,
  type ResearchInput,
  type DocsInput,
  type SynthesizeInput,
  type SynthesizeOutput,
} from './generation-pipeline.js';
export { checkExamples, type CheckedExamples } from './check-examples.js';
export { recordedContext7 } from './pipeline/recorded-context7.js';
export { withRecordedModel, RECORDED_COMPLETION } from './pipeline/recorded-model.js';
export { configuredContext7, type Context7Source } from './generation-steps.js';
