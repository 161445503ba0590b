import { resolve } from 'node:path';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { Logger } from '@ce/core';
import { PIPELINE_MODES, runNamedPipeline, type NamedRunResult, type PipelineMode } from '@ce/pipeline-testing';
import { BaseCommand } from '../../base-command.js';
import { registerProductPipelines } from '../../product-pipelines.js';
import { formatTable } from '../../table.js';
import { collectExtensions } from '../../extensions.js';

export default class PipelineRun extends BaseCommand<typeof PipelineRun> {
  static override summary = 'Run a named pipeline in unit, integration or e2e mode.';
  static override description = [
    'unit runs every node that has a mock as its mock; integration runs the real strategies; e2e mocks the nodes that call the outside world (Context7 docs, the model, the coding agent) and runs the rest for real.',
    "Every run states its mocked nodes (MOCKED NODES: …) and each node's time. --record writes the external nodes' calls and tokens to a fixture; --replay serves them back (a request that was not recorded is an error) and reports the tokens saved against the recorded run.",
    'prp-generation is the pipeline ce generate runs (research on the code index, inferred commands, the PRP rendered and checked; nothing is written under PRPs/); its mocks are a recorded Context7 MCP session and a recorded chat completion. prp-execution runs ce execute in a throw-away clone of the repository; its mock agent replays recorded agent turns. The model or agent is the configured one unless --llm-command names a program; --strategy node=name runs a strategy a plugin registered.',
  ].join('\n\n');
  static override examples = [
    '<%= config.bin %> pipeline run prp-generation --mode unit',
    '<%= config.bin %> pipeline run prp-generation --mode integration --input INITIAL.md --record fixtures/gen.json --llm-command "ollama run llama3"',
    '<%= config.bin %> pipeline run prp-generation --mode e2e --input INITIAL.md --replay fixtures/gen.json',
    '<%= config.bin %> pipeline run prp-execution --mode integration --input PRPs/PRP-1-config.md --strategy agent=my-agent --json',
  ];
  static override args = {
    name: Args.string({ required: true, description: 'the pipeline: prp-generation or prp-execution' }),
  };
  static override flags = {
    mode: Flags.string({ char: 'm', summary: 'unit, integration or e2e.', options: [...PIPELINE_MODES] }),
    input: Flags.string({
      char: 'i',
      summary: 'Input file (INITIAL.md for prp-generation, a PRP for prp-execution); default: a built-in example.',
    }),
    record: Flags.string({ summary: "Record the external nodes' calls and tokens to this fixture file.", exclusive: ['replay'] }),
    replay: Flags.string({ summary: 'Serve the external nodes from this fixture file.', exclusive: ['record'] }),
    strategy: Flags.string({ char: 's', summary: 'Run a plugin strategy for a node: node=name (repeatable).', multiple: true }),
    'llm-command': Flags.string({ summary: 'A program that reads a prompt on stdin and answers on stdout, for the model nodes.' }),
    out: Flags.string({ char: 'o', summary: "Write the pipeline's output to this file." }),
  };

  async run(): Promise<NamedRunResult> {
    await this.parseInput();
    registerProductPipelines();
    const select = this.flags.strategy ?? [];
    const contributions = select.length > 0 ? await collectExtensions(this.config, 'node-strategy') : [];
    const controller = new AbortController();
    const onInterrupt = (): void => controller.abort(new Error('interrupted'));
    process.once('SIGINT', onInterrupt);
    // Paths on the command line are relative to where ce runs (or --cwd).
    const at = (file: string | undefined): string | undefined => (file === undefined ? undefined : resolve(this.cwd, file));
    const result = await runNamedPipeline(this.root, this.args.name, {
      mode: this.flags.mode as PipelineMode | undefined,
      inputFile: at(this.flags.input),
      record: at(this.flags.record),
      replay: at(this.flags.replay),
      select,
      contributions,
      llmCommand: this.flags['llm-command'],
      outFile: at(this.flags.out),
      logger: new Logger({ stream: this.jsonEnabled() ? undefined : process.stderr }),
      signal: controller.signal,
    }).finally(() => process.off('SIGINT', onInterrupt));

    const rows = result.nodes.map((node) => {
      const tokens = node.usage.inputTokens + node.usage.outputTokens;
      const replayed = node.replayed.inputTokens + node.replayed.outputTokens;
      return [
        node.name,
        node.strategy,
        node.mocked ? 'yes' : 'no',
        `${node.startMs ?? '-'} ms`,
        `${node.durationMs ?? '-'} ms`,
        `${tokens}${replayed > 0 ? ` (replayed ${replayed})` : ''}`,
      ];
    });
    const right = { align: 'right' } as const;
    const columns = [{}, {}, {}, right, right, {}];
    for (const line of formatTable([['node', 'strategy', 'mocked', 'start', 'time', 'tokens'], ...rows], { columns })) this.log(line);
    this.log(result.tokenReport.text);
    if (result.record) this.log(`recorded to ${result.record}`);
    if (result.written) this.log(`output written to ${result.written}`);
    return result;
  }
}
