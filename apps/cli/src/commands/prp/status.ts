import { prpStatus, type StatusResult } from '@ce/state';
import { BaseCommand } from '../../base-command.js';
import { formatTable } from '../../table.js';

export default class PrpStatus extends BaseCommand<typeof PrpStatus> {
  static override summary = 'Show the active PRP and every PRP session.';
  static override description =
    'Lists PRP sessions (active, paused, cleaned) with their base commit, checkpoints and validation counters. Like every state command it first repairs what a killed ce left behind and says what it repaired.';
  static override examples = ['<%= config.bin %> prp status', '<%= config.bin %> prp status --json'];

  async run(): Promise<StatusResult> {
    await this.parseInput();
    const result = await prpStatus(this.root);
    for (const line of result.repaired) this.note(`repaired: ${line}`);
    this.log(result.active ? `active: ${result.active}` : 'no PRP is active');
    const rows = result.sessions.map((s) => {
      const levels = Object.entries(s.validation)
        .map(([level, v]) => `${level} ${v.passed ? 'pass' : 'fail'}×${v.attempts}`)
        .join(' ');
      const latest = s.latestCheckpoint ? `, latest ${s.latestCheckpoint.phase} ${s.latestCheckpoint.date}` : '';
      return [s.prpId, s.status, `base ${s.baseCommit.slice(0, 12)}`, `${s.checkpoints} checkpoint(s)${latest}`, levels];
    });
    for (const line of formatTable(rows)) this.log(line.trimEnd());
    return result;
  }
}
