// @ce/generate: INITIAL.md → PRP (parsing, research on the code index, library docs, synthesis, templates).
// Public API: only what is exported here.
export { generatePrp, type GenerateOptions, type GenerateResult } from './generate-prp.js';
export { parseInitial, type ParsedInitial } from './parse-initial.js';
export { readInitial } from './read-initial.js';
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
export { synthesizeWithAgent, sectionsFromAnswer, synthesisPrompt, type Synthesis } from './synthesize.js';
export { reservePrpId, writeNewPrp, slugOf } from './write-prp.js';
export type { GenerationFacts, DocsResult, LevelCommands, PrpSectionsText } from './generation-facts.js';
export { prpGeneration, prpGenerationBuilder } from './prp-generation.js';
