import { isAbsolute, resolve } from 'node:path';
import { EscalationError, throwIfCancelled, type PrpCheck } from '@ce/core';
import { autoSyncPre } from '@ce/context';
import { loadAgent, type AdapterName, type Agent } from '@ce/agents';
import type { NodeStrategy } from '@ce/pipeline-testing';
import type { DocsResult } from './generation-facts.js';
import {
  generationBuilder,
  type DocsInput,
  type GeneratedPrp,
  type ResearchInput,
  type SynthesizeInput,
  type SynthesizeOutput,
} from './generation-pipeline.js';
import { initialFromText, readInitialText } from './read-initial.js';
import type { CodeResearch } from './research/research-code.js';
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
    research: NodeStrategy<ResearchInput, CodeResearch>;
    docs: NodeStrategy<DocsInput, DocsResult>;
    synthesize: NodeStrategy<SynthesizeInput, SynthesizeOutput>;
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
  /** Every file the blueprint names; `ifNeeded` (part of `modify`) change only if the change reaches them. */
  files: { modify: string[]; create: string[]; ifNeeded: string[] };
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

/**
 * INITIAL.md → a researched PRP written to `PRPs/PRP-{n}-{slug}.md` (never over a file): reads and
 * checks the request, runs the pre-generation hook, then the prp-generation pipeline
 * (generationBuilder: research on the code index, docs, inferred validation commands, complexity,
 * synthesis by the agent or a deterministic draft, rendering and the check), and writes the PRP.
 */
export async function generatePrp(options: GenerateOptions): Promise<GenerateResult> {
  const root = options.root;
  const initialFile = isAbsolute(options.initial) ? options.initial : resolve(root, options.initial);
  const text = readInitialText(initialFile);
  // Refused before an id is reserved or anything runs; the pipeline's parse node reads it again.
  const initial = initialFromText(text, initialFile);
  const warnings: string[] = [];
  // The id is reserved before anything else runs, so the hook and the pipeline know it.
  const prpId = reservePrpId(root);
  options.onStep?.('sync', 'start');
  await preSync(root, prpId, options.sync ?? true, warnings);
  options.onStep?.('sync', 'end');
  throwIfCancelled(options.signal, 'generate');
  const agent = options.agent ?? loadAgent(root, options.agentName ? { adapter: options.agentName } : {});
  const builder = generationBuilder('integration', { root, prpId, agent: () => agent });
  for (const [node, replacement] of Object.entries(options.nodes ?? {}))
    if (replacement) builder.replaceStrategy(node as 'docs', replacement as never);
  const run = await builder.build().run(
    { text, source: initialFile },
    {
      onEvent: (e) => {
        if (e.type === 'node-start') options.onStep?.(e.node, 'start');
        if (e.type === 'node-end') options.onStep?.(e.node, 'end');
      },
      ...(options.signal ? { signal: options.signal } : {}),
    },
  );
  // The synthesis falls back to the draft when its agent fails: a cancelled run writes no PRP.
  throwIfCancelled(options.signal, 'generate');
  const generated = run.outputs.template as GeneratedPrp;
  const { facts, check } = generated;
  warnings.push(...generated.warnings);
  const prpPath = writeNewPrp(root, prpId, slugOf(initial.title), generated.markdown);
  for (const f of check.findings.filter((x) => x.severity === 'error')) warnings.push(`${prpPath}:${f.line}: ${f.message}`);
  return {
    prpId,
    prpPath,
    template: facts.estimate.template,
    complexity: facts.estimate.complexity,
    completeness: check.completeness,
    completenessParts: check.completenessParts,
    executable: check.executable,
    examples: facts.examples.map((e) => e.path),
    files: facts.research.files,
    synthesizedBy: generated.synthesis.by,
    warnings,
  };
}
