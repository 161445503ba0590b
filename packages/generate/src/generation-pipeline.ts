import { checkPrp, type PrpCheck } from '@ce/core';
import { openCodeIndex, readManifest } from '@ce/context';
import type { Agent } from '@ce/agents';
import { PipelineBuilder, strategy, type NodeContext, type NodeStrategy, type PipelineMode } from '@ce/pipeline-testing';
import { checkExamples, type CheckedExamples } from './check-examples.js';
import { draftSections } from './draft-sections.js';
import type { DocsResult, GenerationFacts, PrpSectionsText } from './generation-facts.js';
import { commandsFor, complexityFor, configuredContext7, docsFor, researchFor, type Context7Source } from './generation-steps.js';
import type { ParsedInitial } from './parse-initial.js';
import { recordedContext7 } from './pipeline/recorded-context7.js';
import { cachedCommands } from './research/plan-cache.js';
import { withRecordedModel } from './pipeline/recorded-model.js';
import { initialFromText } from './read-initial.js';
import { renderPrp } from './render-prp.js';
import type { CodeResearch } from './research/research-code.js';
import { answerSections, synthesizeWithAgent, type Synthesis } from './synthesize.js';
import { slugOf } from './write-prp.js';

/** The input of a generation: the text of the INITIAL.md and the name it is known by (for errors). */
export interface GenerationInput {
  text: string;
  source: string;
}

export interface GenerationSettings {
  root: string;
  /** The id the PRP gets (reserved by `generatePrp`; the next free one for `ce pipeline run`). */
  prpId: string;
  /** The agent that writes the PRP (`none`: the deterministic draft), asked for when synthesis runs. */
  agent: (context: NodeContext) => Agent;
  /** Where library docs come from besides the installed packages; default: the configured Context7. */
  context7?: Context7Source | undefined;
}

/** The node inputs, named after the nodes that feed them. */
export type ResearchInput = { parse: ParsedInitial; examples: CheckedExamples };
export type DocsInput = { parse: ParsedInitial; research: CodeResearch };
export type SynthesizeInput = { parse: ParsedInitial; facts: GenerationFacts };
/** What a synthesize strategy may answer: a Synthesis, or (a plugin's model) text with PRP sections. */
export type SynthesizeOutput = Synthesis | { text: string; model?: string };

/** The pipeline's output: the PRP's markdown (not yet written), what it was made from, its check. */
export interface GeneratedPrp {
  prpId: string;
  markdown: string;
  facts: GenerationFacts;
  synthesis: Synthesis;
  check: PrpCheck;
  warnings: string[];
}

/**
 * The synthesis: the agent writes the PRP from the research (checked, one repair), or the draft.
 * A recorded model's tokens were spent by the recorded run, not this one: they count as replayed.
 */
async function synthesize(agent: Agent, facts: GenerationFacts, root: string, context: NodeContext, replayed = false): Promise<Synthesis> {
  const draft = draftSections(facts);
  if (agent.adapter === 'none') return { sections: draft, by: 'draft', warnings: [] };
  let synthesis: Synthesis;
  try {
    synthesis = await synthesizeWithAgent(agent, facts, draft, root, context.signal);
  } catch (error) {
    synthesis = {
      sections: draft,
      by: 'draft',
      warnings: [`agent ${agent.label} failed (${(error as Error).message}); the deterministic draft was used`],
    };
  }
  if (synthesis.usage) context.reportUsage(synthesis.usage, { replayed });
  return synthesis;
}

/** A plugin's text answer over the draft: the sections it wrote win, the draft fills the rest. */
function asSynthesis(output: SynthesizeOutput, facts: GenerationFacts): Synthesis {
  if ('sections' in output) return output;
  const found = answerSections(output.text);
  const missing = (Object.keys(draftSections(facts)) as (keyof PrpSectionsText)[]).filter((k) => !found[k]);
  return {
    sections: { ...draftSections(facts), ...found },
    by: 'agent',
    ...(output.model ? { model: output.model } : {}),
    warnings: missing.length > 0 ? [`the synthesis did not write ${missing.join(', ')}; the deterministic draft fills them`] : [],
  };
}

function factsOf(
  root: string,
  prpId: string,
  i: { parse: ParsedInitial; examples: CheckedExamples; research: CodeResearch; docs: DocsResult },
) {
  // Read once: the commit of the last sync for the header, and the key of the cached validation plan.
  const manifest = readManifest(root);
  return {
    prpId,
    prpPath: `PRPs/${prpId}-${slugOf(i.parse.title)}.md`,
    initial: { ...i.parse, examplePaths: i.examples.examples.map((e) => e.path) },
    research: i.research,
    docs: i.docs,
    commands: cachedCommands(root, manifest, () => commandsFor(root)),
    estimate: complexityFor(i.research, i.docs),
    examples: i.examples.examples,
    contextSync: manifest?.commit ?? null,
  } satisfies GenerationFacts;
}

function render(root: string, i: { facts: GenerationFacts; examples: CheckedExamples; synthesize: SynthesizeOutput }): GeneratedPrp {
  const synthesis = asSynthesis(i.synthesize, i.facts);
  const markdown = renderPrp(i.facts, synthesis.sections);
  return {
    prpId: i.facts.prpId,
    markdown,
    facts: i.facts,
    synthesis,
    check: checkPrp({ root, text: markdown }),
    warnings: [...i.examples.warnings, ...(i.facts.docs.warnings ?? []), ...synthesis.warnings],
  };
}

/**
 * The PRP-generation pipeline, the one `generatePrp` runs and `ce pipeline run prp-generation`
 * shows: parse (the INITIAL.md reader) → examples (kept inside the repository) → research (the code
 * index of @ce/context) → docs → facts (inferred validation commands, complexity) → synthesize →
 * template (the PRP rendered and checked as `ce prp check` does). Only docs and synthesize reach
 * outside the machine (Context7, a model), so only they are external; their mocks are recorded,
 * protocol-faithful exchanges: a Context7 MCP session and an OpenAI-compatible chat completion.
 */
export function generationBuilder(mode: PipelineMode, settings: GenerationSettings) {
  const { root, prpId } = settings;
  // Read when the docs node runs, so drawing the graph needs no configuration.
  const context7 = (): Context7Source | undefined => ('context7' in settings ? settings.context7 : configuredContext7(root));
  const synthesizeMock: NodeStrategy<SynthesizeInput, SynthesizeOutput> = strategy(
    'recorded-model',
    (i: SynthesizeInput, context) => withRecordedModel((agent) => synthesize(agent, i.facts, root, context, true)),
    { mocked: true },
  );
  return new PipelineBuilder({ mode, name: 'prp-generation' })
    .addNode(
      'parse',
      strategy('parse-initial', (i: GenerationInput) => initialFromText(i.text, i.source)),
      {
        description: 'INITIAL.md → feature, examples, documentation, other considerations',
      },
    )
    .addNode(
      'examples',
      strategy('check-examples', (p: ParsedInitial) => checkExamples(root, p.examplePaths)),
      {
        description: 'EXAMPLES paths: inside the repository (others left out, with a warning), existing',
      },
    )
    .addNode(
      'research',
      strategy('code-index-research', async (i: ResearchInput) =>
        researchFor(await openCodeIndex(root, { sync: true }), { ...i.parse, examplePaths: i.examples.examples.map((e) => e.path) }),
      ),
      { description: 'files to modify and create, excerpts and tree, ranked on the code index' },
    )
    .addNode(
      'docs',
      strategy('library-docs', (i: DocsInput) => docsFor(root, i.parse, i.research, context7())),
      {
        mock: strategy('recorded-context7', (i: DocsInput) => docsFor(root, i.parse, i.research, recordedContext7()), { mocked: true }),
        external: true,
        description: 'URLs, local files, library docs (Context7 over MCP when configured; the installed packages)',
      },
    )
    .addNode(
      'facts',
      strategy('facts', (i: { parse: ParsedInitial; examples: CheckedExamples; research: CodeResearch; docs: DocsResult }) =>
        factsOf(root, prpId, i),
      ),
      { description: 'validation commands inferred by @ce/validate, complexity and template' },
    )
    .addNode(
      'synthesize',
      strategy('synthesize', (i: SynthesizeInput, context): Promise<SynthesizeOutput> =>
        synthesize(settings.agent(context), i.facts, root, context),
      ),
      {
        mock: synthesizeMock,
        external: true,
        description: 'the agent writes the PRP, checked, one repair round (no agent: the deterministic draft)',
      },
    )
    .addNode(
      'template',
      strategy('render-prp', (i: { facts: GenerationFacts; examples: CheckedExamples; synthesize: SynthesizeOutput }) => render(root, i)),
      {
        description: 'PRP markdown with header, the six sections and the template extras, checked as ce prp check does',
      },
    )
    .addEdge('parse', 'examples')
    .addEdge('parse', 'research')
    .addEdge('examples', 'research')
    .addEdge('parse', 'docs')
    .addEdge('research', 'docs')
    .addEdge('parse', 'facts')
    .addEdge('examples', 'facts')
    .addEdge('research', 'facts')
    .addEdge('docs', 'facts')
    .addEdge('parse', 'synthesize')
    .addEdge('facts', 'synthesize')
    .addEdge('facts', 'template')
    .addEdge('examples', 'template')
    .addEdge('synthesize', 'template');
}
