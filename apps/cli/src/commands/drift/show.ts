import * as Args from '@oclif/core/args';
import { driftShow, type DriftShow } from '@ce/drift';
import { BaseCommand } from '../../base-command.js';

export default class DriftShowCommand extends BaseCommand<typeof DriftShowCommand> {
  static override summary = "Show a PRP's drift decision.";
  static override description =
    'The drift_justification of one PRP (score, decision, reason, categories, approver, date) and the decisions logged for it.';
  static override examples = ['<%= config.bin %> drift show PRP-3', '<%= config.bin %> drift show PRP-2 --json'];
  static override args = {
    prpId: Args.string({ description: 'the PRP id, e.g. PRP-3', required: true }),
  };

  async run(): Promise<DriftShow> {
    await this.parseInput();
    const shown = driftShow(this.root, this.args.prpId);
    this.log(`${shown.prpId}${shown.name ? ` — ${shown.name}` : ''} (${shown.file})`);
    const d = shown.drift;
    if (!d) this.log('No drift decision recorded.');
    else {
      this.log(`drift score  ${d.driftScore}`);
      this.log(`decision     ${d.decision}`);
      this.log(`reason       ${d.reason}`);
      if (d.approvedBy) this.log(`approved by  ${d.approvedBy}`);
      if (d.date) this.log(`date         ${d.date}`);
      const cats = Object.entries(d.categoryBreakdown);
      if (cats.length) this.log(`categories   ${cats.map(([k, v]) => `${k} ${v}`).join(', ')}`);
      if (d.references.length) this.log(`references   ${d.references.join(', ')}`);
    }
    if (shown.log.length > 1) this.log(`${shown.log.length} decisions logged for ${shown.prpId} (.ce/state/drift-decisions.jsonl)`);
    for (const w of shown.warnings) this.note(`warning: ${w}`);
    return shown;
  }
}
