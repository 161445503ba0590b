import { resolve } from 'node:path';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ADAPTER_NAMES, type AdapterName } from '@ce/agents';
import { generatePrp, type GenerateResult } from '@ce/generate';
import { BaseCommand } from '../base-command.js';

export default class Generate extends BaseCommand<typeof Generate> {
  static override summary = 'Generate a researched PRP from an INITIAL.md.';
  static override description =
    'Reads the feature request, runs the pre-generation hook (context auto-sync --pre) unless --no-sync, researches the code index for the files to change, quotes code and the installed documentation of the libraries involved, infers the validation commands, and writes PRPs/PRP-{n}-{slug}.md (never over a file). With an agent configured the model writes the PRP and it must pass `ce prp check` (one repair round, else the deterministic draft with a warning); without one, a deterministic draft.';
  static override examples = [
    '<%= config.bin %> generate INITIAL.md',
    '<%= config.bin %> generate INITIAL.md --no-sync --agent none --json',
  ];
  static override args = {
    initial: Args.string({ required: true, description: 'the INITIAL.md feature request' }),
  };
  static override flags = {
    sync: Flags.boolean({ summary: 'Run the pre-generation hook (context auto-sync --pre).', default: true, allowNo: true }),
    agent: Flags.string({ summary: 'Agent adapter to write the PRP (default: agents.adapter).', options: [...ADAPTER_NAMES] }),
  };

  async run(): Promise<GenerateResult> {
    await this.parseInput();
    const progress = this.progress();
    progress.start('Generating the PRP');
    let result: GenerateResult;
    try {
      result = await generatePrp({
        root: this.root,
        initial: resolve(this.cwd, this.args.initial),
        sync: this.flags.sync,
        ...(this.flags.agent ? { agentName: this.flags.agent as AdapterName } : {}),
        onStep: (step, phase) => phase === 'start' && progress.update(`Generating the PRP: ${step}`),
      });
    } catch (error) {
      progress.fail();
      throw error;
    }
    progress.stop();
    this.log(`wrote ${result.prpPath} (${result.prpId}, ${result.template} template, completeness ${result.completeness}/100)`);
    const { modify, create, ifNeeded } = result.files;
    const surely = modify.filter((f) => !ifNeeded.includes(f));
    this.log(
      `files: modify ${surely.join(', ') || '-'}${ifNeeded.length > 0 ? `; modify if needed ${ifNeeded.join(', ')}` : ''}; create ${create.join(', ') || '-'}`,
    );
    for (const warning of result.warnings) this.note(`warning: ${warning}`);
    return result;
  }
}
