import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { EscalationError, checkPrp, isCeError, throwIfCancelled, type PrpCheck } from '@ce/core';
import { autoSyncPre, openCodeIndex, readManifest } from '@ce/context';
import { loadAgent, type AdapterName, type Agent } from '@ce/agents';
import { PipelineBuilder, strategy, type NodeStrategy } from '@ce/pipeline-testing';
import { draftSections } from './draft-sections.js';
import type { DocsResult, GenerationFacts } from './generation-facts.js';
import { commandsFor, complexityFor, docsFor, researchFor } from './generation-steps.js';
import type { ParsedInitial } from './parse-initial.js';
import { readInitial } from './read-initial.js';
import { renderPrp } from './render-prp.js';
import type { CodeResearch } from './research/research-code.js';
import { synthesizeWithAgent, type Synthesis } from './synthesize.js';
import { reservePrpId, slugOf, writeNewPrp } from './write-prp.js';

export interface GenerateOptions {
  root: string;
  /** The INITIAL.md, absolute or relative to the root. */
  initial: string;
  /** Run the pre-generation hook (`context auto-sync --pre`); default true. */
  sync?: boolean;
  /** Use this adapter instead of `agents.adapter` (`none` drafts deterministically). */
  agentName?: AdapterName;
  /** An agent object (tests, hosts); wins over `agentName` and the configuration. */
  agent?: Agent;
  /** Replace the research, docs or synthesis node (tests swap them for mocks). */
  nodes?: Partial<{
    research: NodeStrategy<ParsedInitial, CodeResearch>;
    docs: NodeStrategy<{ parse: ParsedInitial; research: CodeResearch }, DocsResult>;
    synthesize: NodeStrategy<GenerationFacts, Synthesis>;
  }>;
  /** Called as each step starts and ends (progress on a terminal). */
  onStep?: (step: string, phase: 'start' | 'end') => void;
  /** Cancels: the agent is killed, `cancelled` is thrown and no PRP is written. */
  signal?: AbortSignal;
}

export interface GenerateResult {
  prpId: string;
  prpPath: string;
  template: string;
  complexity: string;
  completeness: number;
  completenessParts: PrpCheck['completenessParts'];
  executable: boolean;
  examples: string[];
  files: { modify: string[]; create: string[] };
  synthesizedBy: 'agent' | 'draft';
  warnings: string[];
}

async function preSync(root: string, prpId: string, sync: boolean, warnings: string[]): Promise<void> {
  if (!sync) return;
  const pre = await autoSyncPre(root, prpId);
  if (!pre.proceed) {
    throw new EscalationError('generate-presync', `context auto-sync --pre stopped generation: ${pre.reasons.join('; ')}`, {
      hint: 'fix what it names, or run `ce generate --no-sync` to generate anyway',
    });
  }
  warnings.push(...pre.reasons);
}

/** The nodes of generation: parse → research → docs → synthesize; tests replace the outer three. */
function generationPipeline(
  root: string,
  options: GenerateOptions,
  agent: Agent,
  factsOf: (p: ParsedInitial, r: CodeResearch, d: DocsResult) => GenerationFacts,
) {
  const synthesize: NodeStrategy<GenerationFacts, Synthesis> =
    options.nodes?.synthesize ??
    strategy('synthesize', async (facts: GenerationFacts) => {
      const draft = draftSections(facts);
      if (agent.adapter === 'none') return { sections: draft, by: 'draft' as const, warnings: [] };
      try {
        return await synthesizeWithAgent(agent, facts, draft, root, options.signal);
      } catch (error) {
        return {
          sections: draft,
          by: 'draft' as const,
          warnings: [`agent ${agent.label} failed (${isCeError(error) ? error.message : String(error)}); the deterministic draft was used`],
        };
      }
    });
  return new PipelineBuilder({ mode: 'integration', name: 'generate' })
    .addNode(
      'research',
      options.nodes?.research ??
        strategy('code-index-research', async (p: ParsedInitial) => researchFor(await openCodeIndex(root, { sync: true }), p)),
      { external: true },
    )
    .addNode(
      'docs',
      options.nodes?.docs ??
        strategy('library-docs', (i: { parse: ParsedInitial; research: CodeResearch }) => docsFor(root, i.parse, i.research)),
      { external: true },
    )
    .addNode(
      'parse',
      strategy('identity', (p: ParsedInitial) => p),
    )
    .addNode(
      'facts',
      strategy('facts', (i: { parse: ParsedInitial; research: CodeResearch; docs: DocsResult }) => factsOf(i.parse, i.research, i.docs)),
    )
    .addNode('synthesize', synthesize, { external: true })
    .addEdge('parse', 'research')
    .addEdge('parse', 'docs')
    .addEdge('research', 'docs')
    .addEdge('parse', 'facts')
    .addEdge('research', 'facts')
    .addEdge('docs', 'facts')
    .addEdge('facts', 'synthesize')
    .build();
}

/**
 * INITIAL.md → a researched PRP written to `PRPs/PRP-{n}-{slug}.md` (never over a file): reads and
 * checks the request, runs the pre-generation hook, researches the code index, gathers docs, infers
 * the validation commands, estimates the complexity (template), has the agent write the PRP (or
 * drafts it), checks it, and reports completeness.
 */
export async function generatePrp(options: GenerateOptions): Promise<GenerateResult> {
  const root = options.root;
  const initialFile = isAbsolute(options.initial) ? options.initial : resolve(root, options.initial);
  const initial = readInitial(initialFile);
  const warnings: string[] = [];
  // The id is reserved before anything else runs, so the hook and the pipeline know it.
  const prpId = reservePrpId(root);
  options.onStep?.('sync', 'start');
  await preSync(root, prpId, options.sync ?? true, warnings);
  options.onStep?.('sync', 'end');
  throwIfCancelled(options.signal, 'generate');
  const examples = initial.examplePaths.map((path) => ({ path, exists: existsSync(join(root, path)) }));
  for (const e of examples) if (!e.exists) warnings.push(`EXAMPLES names ${e.path}, which does not exist`);
  const agent = options.agent ?? loadAgent(root, options.agentName ? { adapter: options.agentName } : {});
  const slug = slugOf(initial.title);
  const factsOf = (parse: ParsedInitial, research: CodeResearch, docs: DocsResult): GenerationFacts => {
    const estimate = complexityFor(research, docs);
    return {
      prpId,
      prpPath: `PRPs/${prpId}-${slug}.md`,
      initial: parse,
      research,
      docs,
      commands: commandsFor(root),
      estimate,
      examples,
      contextSync: null,
    };
  };
  const pipeline = generationPipeline(root, options, agent, factsOf);
  const run = await pipeline.run(initial, {
    onEvent: (e) => {
      if (e.type === 'node-start') options.onStep?.(e.node, 'start');
      if (e.type === 'node-end') options.onStep?.(e.node, 'end');
    },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  // The synthesis falls back to the draft when its agent fails: a cancelled run writes no PRP.
  throwIfCancelled(options.signal, 'generate');
  const facts = run.outputs.facts as GenerationFacts;
  const synthesis = run.outputs.synthesize as Synthesis;
  warnings.push(...(facts.docs.warnings ?? []), ...synthesis.warnings);
  const markdown = renderPrp({ ...facts, contextSync: syncedCommit(root) }, synthesis.sections);
  const prpPath = writeNewPrp(root, prpId, slug, markdown);
  const check = checkPrp({ root, file: join(root, prpPath) });
  for (const f of check.findings.filter((x) => x.severity === 'error')) warnings.push(`${prpPath}:${f.line}: ${f.message}`);
  return {
    prpId,
    prpPath,
    template: facts.estimate.template,
    complexity: facts.estimate.complexity,
    completeness: check.completeness,
    completenessParts: check.completenessParts,
    executable: check.executable,
    examples: examples.map((e) => e.path),
    files: facts.research.files,
    synthesizedBy: synthesis.by,
    warnings,
  };
}

/** The commit of the last context sync (header `context_sync`). */
function syncedCommit(root: string): string | null {
  return readManifest(root)?.commit ?? null;
}
