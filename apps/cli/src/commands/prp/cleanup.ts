import * as Args from '@oclif/core/args';
import { cleanupPrp, type CleanupReport } from '@ce/state';
import { BaseCommand } from '../../base-command.js';

export default class PrpCleanup extends BaseCommand<typeof PrpCleanup> {
  static override summary = 'Run the cleanup protocol of a finished PRP.';
  static override description =
    "Deletes the PRP's intermediate checkpoint tags and keeps the final one, archives its learnings into project knowledge (.ce/memory/project/), deletes its temp memories, resets its validation counters and reports each step. Nothing of another PRP is touched; running it again finishes an interrupted cleanup.";
  static override examples = ['<%= config.bin %> prp cleanup PRP-7', '<%= config.bin %> prp cleanup PRP-7 --json'];
  static override args = { 'prp-id': Args.string({ required: true, description: 'PRP id' }) };

  async run(): Promise<CleanupReport> {
    await this.parseInput();
    const report = await cleanupPrp(this.root, this.args['prp-id']);
    for (const line of report.repaired) this.note(`repaired: ${line}`);
    this.log(`cleanup of ${report.prpId}`);
    this.log(`  kept final checkpoint: ${report.keptTag ?? '(none)'}`);
    this.log(
      `  deleted ${report.deletedTags.length} intermediate checkpoint(s)${report.deletedTags.length ? `: ${report.deletedTags.join(', ')}` : ''}`,
    );
    this.log(
      `  archived ${report.archived.length} learning(s)${report.archived.length ? `: ${report.archived.map((a) => `${a.from} → ${a.to}`).join(', ')}` : ''}`,
    );
    this.log(`  deleted ${report.deletedTemp.length} temp memor${report.deletedTemp.length === 1 ? 'y' : 'ies'}`);
    this.log(
      `  validation counters ${report.validationReset ? 'reset' : 'were empty'}${report.deactivated ? '; no PRP is active now' : ''}`,
    );
    return report;
  }
}
