import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { startPrp, type StartResult } from '@ce/state';
import { BaseCommand } from '../../base-command.js';

export default class PrpStart extends BaseCommand<typeof PrpStart> {
  static override summary = 'Start a PRP: record its base commit and make it the active PRP.';
  static override description =
    'Validates the id (PRP-X, PRP-X.Y or PRP-X.Y.Z), records the commit HEAD points at as the base, and makes the PRP active. Refuses while another PRP is active unless --switch, which pauses the other one. Starting a paused PRP again resumes it.';
  static override examples = ['<%= config.bin %> prp start PRP-7', '<%= config.bin %> prp start PRP-7.1 --switch --json'];
  static override args = { 'prp-id': Args.string({ required: true, description: 'PRP id, e.g. PRP-7 or PRP-7.1' }) };
  static override flags = { switch: Flags.boolean({ summary: 'Pause the active PRP and start this one.' }) };

  async run(): Promise<StartResult> {
    await this.parseInput();
    const result = await startPrp(this.root, this.args['prp-id'], { switch: this.flags.switch });
    for (const line of result.repaired) this.note(`repaired: ${line}`);
    if (result.switchedFrom) this.log(`paused ${result.switchedFrom}`);
    this.log(
      `${result.resumed ? 'resumed' : 'started'} ${result.prpId} at ${result.baseCommit.slice(0, 12)}${result.baseBranch ? ` (${result.baseBranch})` : ' (detached HEAD)'}`,
    );
    return result;
  }
}
