import * as Args from '@oclif/core/args';
import { listCheckpointGroups, type CheckpointGroup } from '@ce/state';
import { BaseCommand } from '../../base-command.js';

export default class PrpList extends BaseCommand<typeof PrpList> {
  static override summary = 'List checkpoints, grouped by PRP, with phase, date and message.';
  static override examples = ['<%= config.bin %> prp list', '<%= config.bin %> prp list PRP-7 --json'];
  static override args = { 'prp-id': Args.string({ required: false, description: 'only this PRP' }) };

  async run(): Promise<{ prps: CheckpointGroup[] }> {
    await this.parseInput();
    const prps = await listCheckpointGroups(this.root, this.args['prp-id']);
    if (prps.length === 0) this.log('no checkpoints');
    for (const group of prps) {
      this.log(group.prpId);
      for (const c of group.checkpoints)
        this.log(`  ${c.phase.padEnd(16)} ${c.date}  ${c.message.split('\n')[0] ?? ''}${c.safety ? '  (safety)' : ''}\n    ${c.tag}`);
    }
    return { prps };
  }
}
