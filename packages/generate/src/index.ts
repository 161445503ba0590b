// @ce/generate: INITIAL.md → PRP (parsing, research on the code index, library docs, synthesis, templates).
// Public API: only what is exported here.
export { parseInitial, type ParsedInitial } from './parse-initial.js';
export {
  prpGeneration,
  prpGenerationBuilder,
  synthesisPrompt,
  draftSynthesis,
  renderPrp,
  type SynthesisInput,
  type GeneratedPrp,
} from './prp-generation.js';
