import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { namedPipelineGraph, PIPELINE_MODES, type PipelineMode } from '@ce/pipeline-testing';
import { BaseCommand } from '../../base-command.js';
import { registerProductPipelines } from '../../product-pipelines.js';

export default class PipelineGraph extends BaseCommand<typeof PipelineGraph> {
  static override summary = 'Print a named pipeline as a Mermaid flowchart.';
  static override description =
    'Draws the nodes and edges of a named pipeline (prp-generation, prp-execution) as Mermaid. The nodes the chosen mode runs as mocks are marked "mock" and drawn dashed.';
  static override examples = [
    '<%= config.bin %> pipeline graph prp-generation',
    '<%= config.bin %> pipeline graph prp-execution --mode e2e',
    '<%= config.bin %> pipeline graph prp-generation --json',
  ];
  static override args = {
    name: Args.string({ required: true, description: 'the pipeline: prp-generation or prp-execution' }),
  };
  static override flags = {
    mode: Flags.string({ char: 'm', summary: 'Mode whose strategies to show.', options: [...PIPELINE_MODES] }),
  };

  async run(): Promise<ReturnType<typeof namedPipelineGraph>> {
    await this.parseInput();
    registerProductPipelines();
    const graph = namedPipelineGraph(this.args.name, { mode: this.flags.mode as PipelineMode | undefined, root: this.root });
    this.log(graph.mermaid.trimEnd());
    return graph;
  }
}
