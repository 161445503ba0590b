import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { checkpointPrp, type CreatedCheckpoint } from '@ce/state';
import { BaseCommand } from '../../base-command.js';

export default class PrpCheckpoint extends BaseCommand<typeof PrpCheckpoint> {
  static override summary = 'Save the working tree as a checkpoint of the active PRP.';
  static override description =
    'Creates the annotated tag checkpoint-{prp_id}-{phase}-{timestamp} on a commit that captures the working tree as it is (tracked changes and untracked, non-ignored files), built from a temporary index: your branch, index and stash are not touched.';
  static override examples = [
    '<%= config.bin %> prp checkpoint phase-1',
    '<%= config.bin %> prp checkpoint tests-green -m "all L2 tests pass"',
    '<%= config.bin %> prp checkpoint phase-2 --prp PRP-7 --json',
  ];
  static override args = { phase: Args.string({ required: true, description: 'phase name, e.g. phase-1' }) };
  static override flags = {
    message: Flags.string({ char: 'm', summary: 'Summary stored as the tag message.' }),
    prp: Flags.string({ summary: 'PRP id (default: the active PRP).' }),
  };

  async run(): Promise<CreatedCheckpoint> {
    await this.parseInput();
    const spinner = this.progress();
    spinner.start(`checkpoint ${this.args.phase}`);
    const result = await checkpointPrp(this.root, this.args.phase, { prpId: this.flags.prp, message: this.flags.message }).finally(() =>
      spinner.stop(),
    );
    for (const line of result.repaired) this.note(`repaired: ${line}`);
    this.log(`${result.tag}  ${result.commit.slice(0, 12)}  ${result.message}`);
    return result;
  }
}
