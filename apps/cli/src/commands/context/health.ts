import * as Flags from '@oclif/core/flags';
import { contextHealth, type HealthReport } from '@ce/context';
import { BaseCommand } from '../../base-command.js';
import { formatTable } from '../../table.js';

export default class ContextHealth extends BaseCommand<typeof ContextHealth> {
  static override summary = 'Measure how far the code index and memories have drifted from the code.';
  static override description =
    'One drift score 0–100 from files changed since the last sync, memories whose referenced files or symbols are gone or changed, dependency manifest changes and uncommitted changes, with git cleanliness, index age and recommendations. Exits 1 when the score is at or above context.healthThreshold (default 30).';
  static override examples = [
    '<%= config.bin %> context health',
    '<%= config.bin %> context health --json',
    '<%= config.bin %> context health --threshold 10',
  ];
  static override flags = {
    threshold: Flags.integer({ summary: 'Fail at or above this score (default: context.healthThreshold).', min: 0, max: 100 }),
  };

  async run(): Promise<HealthReport> {
    await this.parseInput();
    const report = await contextHealth(this.root, this.flags.threshold === undefined ? {} : { threshold: this.flags.threshold });
    this.log(`Context health drift: ${report.score} (${report.band}; fails at ${report.threshold})`);
    const rows = report.parts.map((part) => [`  ${part.name}`, String(part.score), `× ${part.weight}%`, part.detail]);
    for (const line of formatTable(rows, { columns: [{}, { align: 'right' }, {}, {}] })) this.log(line);
    this.log(
      `  index: ${report.index.exists ? `synced ${report.index.syncedAt} (${report.index.ageSeconds}s ago), ${report.index.files} files` : 'none'}; git: ${report.git.repository ? (report.git.clean ? 'clean' : `${report.git.uncommitted.length} uncommitted changes`) : 'not a repository'}`,
    );
    for (const r of report.recommendations) this.log(`  → ${r}`);
    if (!report.passed) this.setExitCode(1);
    return report;
  }
}
