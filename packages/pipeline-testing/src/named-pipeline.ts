import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { UsageError, writeFileAtomic, type Logger } from '@ce/core';
import { isNodeStrategy, type AnyNodeStrategy } from './node-strategy.js';
import type { PipelineMode } from './pipeline-builder.js';
import type { PipelineResult } from './pipeline.js';
import { getPipelineDefinition } from './pipelines/registry.js';
import { RecordingStrategy } from './record-replay/recording-strategy.js';
import { ReplayStrategy } from './record-replay/replay-strategy.js';
import { tokenReport, type TokenReport } from './token-report.js';

/**
 * A strategy contributed from outside (an oclif plugin's `ce:register` hook, kind `node-strategy`):
 * either a NodeStrategy, or a function `({node, mode, root}) => NodeStrategy`.
 */
export interface StrategyContribution {
  name: string;
  value: unknown;
  plugin?: string;
}

/** Turns a contribution into a strategy, or says which plugin gave something that is not one. */
export function resolveContribution(
  contribution: StrategyContribution,
  context: { node: string; mode: PipelineMode; root: string },
): AnyNodeStrategy {
  const from = contribution.plugin ? ` from plugin ${contribution.plugin}` : '';
  const value =
    typeof contribution.value === 'function' && !isNodeStrategy(contribution.value)
      ? (contribution.value as (c: typeof context) => unknown)(context)
      : contribution.value;
  if (!isNodeStrategy(value)) {
    throw new UsageError(
      'pipeline-bad-strategy',
      `node strategy "${contribution.name}"${from} is not a NodeStrategy (it needs execute() and isMocked())`,
      {
        hint: 'a plugin registers {kind: "node-strategy", name, value} where value is a strategy or a function returning one',
      },
    );
  }
  return value;
}

export interface NamedRunOptions {
  mode?: PipelineMode;
  /** The input file (INITIAL.md, PRP); without it the pipeline's built-in example. Relative to root. */
  inputFile?: string;
  /** Writes every call of the external nodes (with their tokens) to this fixture file. */
  record?: string;
  /** Serves the external nodes from this fixture file instead of calling anything. */
  replay?: string;
  /** Strategies to run instead of a node's own: node name → contribution. */
  strategies?: Record<string, StrategyContribution>;
  /** `node=name` selections (`--strategy synthesize=my-llm`) resolved against `contributions`. */
  select?: string[];
  /** The strategies plugins offer (kind `node-strategy`), for `select`. */
  contributions?: StrategyContribution[];
  /** Writes the pipeline's output here (atomically): a PRP's markdown as is, text as is, anything else as JSON. */
  outFile?: string;
  /** A model program for the LLM nodes (CommandLLMStrategy). */
  llmCommand?: string;
  logger?: Logger;
  signal?: AbortSignal;
}

export interface NamedRunResult extends Omit<PipelineResult, 'outputs'> {
  input: string;
  record: string | undefined;
  replay: string | undefined;
  /** Which nodes ran a strategy given by a plugin, and its name. */
  replaced: Record<string, string>;
  /** Where the output was written (outFile). */
  written: string | undefined;
  tokenReport: TokenReport;
}

/** Runs a named pipeline in a mode, optionally recording or replaying its external nodes. */
export async function runNamedPipeline(root: string, name: string, options: NamedRunOptions = {}): Promise<NamedRunResult> {
  const definition = getPipelineDefinition(name);
  const mode = options.mode ?? 'unit';
  if (options.record && options.replay) {
    throw new UsageError('pipeline-record-and-replay', 'record and replay cannot be used together', {
      hint: 'record a real run first, then replay it in another run',
    });
  }
  const builder = definition.create(mode, { root, ...(options.llmCommand ? { llmCommand: options.llmCommand } : {}) });
  const replaced: Record<string, string> = {};
  const strategies = { ...(options.strategies ?? {}), ...selectContributions(options.select ?? [], options.contributions ?? []) };
  for (const [node, contribution] of Object.entries(strategies)) {
    builder.replaceStrategy(node, resolveContribution(contribution, { node, mode, root }));
    replaced[node] = contribution.name;
  }
  const at = (file: string): string => (isAbsolute(file) ? file : resolve(root, file));
  const record = options.record ? at(options.record) : undefined;
  const replay = options.replay ? at(options.replay) : undefined;
  for (const node of builder.externalNodes()) {
    if (record) builder.replaceStrategy(node, (current) => new RecordingStrategy(current, { fixture: record }));
    if (replay && !replaced[node]) builder.replaceStrategy(node, new ReplayStrategy({ fixture: replay }));
  }
  const pipeline = builder.build();

  let inputText = definition.exampleInput;
  let inputName = 'built-in example';
  if (options.inputFile) {
    const file = at(options.inputFile);
    if (!existsSync(file))
      throw new UsageError('pipeline-input-missing', `input file ${options.inputFile} does not exist`, {
        file: options.inputFile,
        hint: `give ${definition.input}`,
      });
    inputText = readFileSync(file, 'utf8');
    inputName = options.inputFile;
  }

  const result = await pipeline.run(definition.readInput(inputText, options.inputFile ? at(options.inputFile) : undefined), {
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const { outputs: _outputs, ...rest } = result;
  let written: string | undefined;
  if (options.outFile) {
    written = at(options.outFile);
    writeFileAtomic(written, outputText(result.output));
  }
  return { ...rest, input: inputName, record, replay, replaced, written, tokenReport: tokenReport(result) };
}

/** The output as a file: markdown or text as they are, anything else as JSON. */
function outputText(output: unknown): string {
  if (typeof output === 'string') return output;
  const markdown = (output as { markdown?: unknown } | null)?.markdown;
  if (typeof markdown === 'string') return markdown;
  return `${JSON.stringify(output, null, 2)}\n`;
}

/** Resolves `node=name` selections against what plugins contribute; an unknown name lists the known ones. */
export function selectContributions(
  select: readonly string[],
  contributions: readonly StrategyContribution[],
): Record<string, StrategyContribution> {
  const out: Record<string, StrategyContribution> = {};
  for (const item of select) {
    const match = /^([^=\s]+)=([^=\s]+)$/.exec(item);
    if (!match) {
      throw new UsageError('pipeline-bad-strategy-selection', `--strategy "${item}" is not node=name`, {
        hint: 'e.g. --strategy synthesize=my-llm',
      });
    }
    const [, node, name] = match as unknown as [string, string, string];
    const found = contributions.find((c) => c.name === name);
    if (!found) {
      throw new UsageError('pipeline-unknown-strategy', `no installed plugin offers a node strategy named "${name}"`, {
        hint:
          contributions.length > 0
            ? `plugins offer: ${contributions.map((c) => `${c.name}${c.plugin ? ` (${c.plugin})` : ''}`).join(', ')}`
            : 'install or link a plugin that registers one (ce plugins link <dir>)',
      });
    }
    out[node] = found;
  }
  return out;
}

/** A named pipeline's graph in a mode: Mermaid text and the nodes with their strategies. */
export function namedPipelineGraph(
  name: string,
  options: { mode?: PipelineMode; root?: string } = {},
): {
  pipeline: string;
  description: string;
  mode: PipelineMode;
  mermaid: string;
  nodes: { name: string; strategy: string; mocked: boolean; external: boolean; description: string | undefined }[];
  edges: { from: string; to: string }[];
} {
  const definition = getPipelineDefinition(name);
  const mode = options.mode ?? 'unit';
  const pipeline = definition.create(mode, { root: options.root ?? process.cwd() }).build();
  return {
    pipeline: pipeline.name,
    description: definition.description,
    mode,
    mermaid: pipeline.toMermaid(),
    nodes: pipeline.nodes.map((n) => ({
      name: n.name,
      strategy: n.strategyName,
      mocked: n.mocked,
      external: n.external,
      description: n.description,
    })),
    edges: [...pipeline.edges],
  };
}
