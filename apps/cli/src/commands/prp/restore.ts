import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { restoreCheckpoint, type RestoreResult } from '@ce/state';
import { BaseCommand } from '../../base-command.js';

export default class PrpRestore extends BaseCommand<typeof PrpRestore> {
  static override summary = "Bring the working tree back to a PRP's checkpoint.";
  static override description =
    'Restores the latest checkpoint of the PRP (or the latest of the given phase): file contents, added files, and deletion of files the checkpoint does not hold. Ignored files (node_modules, .env) and ce state are never touched. A safety checkpoint (phase pre-restore) is taken first, so `ce prp restore <prp-id> pre-restore` undoes a restore. Refuses over changes that no commit or checkpoint holds unless --force.';
  static override examples = [
    '<%= config.bin %> prp restore PRP-7',
    '<%= config.bin %> prp restore PRP-7 phase-1',
    '<%= config.bin %> prp restore PRP-7 pre-restore --force --json',
  ];
  static override args = {
    'prp-id': Args.string({ required: true, description: 'PRP id' }),
    phase: Args.string({ required: false, description: 'phase to restore (default: the latest checkpoint)' }),
  };
  static override flags = { force: Flags.boolean({ summary: 'Restore even over changes no commit or checkpoint holds.' }) };

  async run(): Promise<RestoreResult> {
    await this.parseInput();
    const spinner = this.progress();
    spinner.start(`restoring ${this.args['prp-id']}`);
    const result = await restoreCheckpoint(this.root, this.args['prp-id'], this.args.phase, { force: this.flags.force }).finally(() =>
      spinner.stop(),
    );
    for (const line of result.repaired) this.note(`repaired: ${line}`);
    for (const path of result.skippedIgnored) this.note(`left alone (ignored now): ${path}`);
    this.log(`restored ${result.tag}: ${result.written.length} file(s) written, ${result.deleted.length} deleted`);
    this.log(`undo with: ${this.config.bin} prp restore ${result.prpId} pre-restore   (${result.safetyTag})`);
    return result;
  }
}
