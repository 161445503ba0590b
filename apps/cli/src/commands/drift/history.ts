import * as Flags from '@oclif/core/flags';
import { driftHistory, type DriftHistory } from '@ce/drift';
import { BaseCommand } from '../../base-command.js';
import { formatTable } from '../../table.js';

export default class DriftHistoryCommand extends BaseCommand<typeof DriftHistoryCommand> {
  static override summary = 'List the drift decisions recorded in the PRPs, newest first.';
  static override description =
    'Reads drift_justification (and legacy drift_decision) from the header of every PRP under PRPs/. A malformed PRP is a warning naming the file, never an error.';
  static override examples = ['<%= config.bin %> drift history', '<%= config.bin %> drift history --last 5 --json'];
  static override flags = {
    last: Flags.integer({ summary: 'Show only the newest N decisions.', min: 0 }),
  };

  async run(): Promise<DriftHistory> {
    await this.parseInput();
    const history = driftHistory(this.root, { last: this.flags.last });
    if (history.entries.length === 0) this.log('No drift decisions recorded in PRPs/ yet.');
    const rows = history.entries.map((e) => [(e.date ?? '(undated)').slice(0, 10), e.prpId, String(e.driftScore), e.decision, e.reason]);
    for (const line of formatTable(rows, { columns: [{}, {}, { align: 'right' }, {}, {}] })) this.log(line);
    for (const w of history.warnings) this.note(`warning: ${w}`);
    return history;
  }
}
