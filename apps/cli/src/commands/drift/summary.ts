import { bar, driftSummary, sparkline, type DriftSummary } from '@ce/drift';
import { BaseCommand } from '../../base-command.js';
import { formatTable } from '../../table.js';

export default class DriftSummaryCommand extends BaseCommand<typeof DriftSummaryCommand> {
  static override summary = 'Summarise the drift decisions of all PRPs.';
  static override description =
    'Totals per decision, the average and distribution of drift scores (bands of drift.acceptBelow / drift.escalateAt), the most frequent categories, recurring reasons and the trend over time. Malformed PRPs are left out and named as warnings.';
  static override examples = ['<%= config.bin %> drift summary', '<%= config.bin %> drift summary --json'];

  async run(): Promise<DriftSummary> {
    await this.parseInput();
    const summary = driftSummary(this.root);
    this.log(`${summary.totalPrps} PRPs, ${summary.withDecisions} with a drift decision`);
    this.log(
      `accepted ${summary.accepted} · rejected ${summary.rejected} · auto-fixed ${summary.autoFixed} · examples updated ${summary.updatedExamples}`,
    );
    if (summary.avgDriftScore !== null) this.log(`average drift score ${summary.avgDriftScore}`);
    const max = Math.max(1, ...Object.values(summary.distribution));
    this.log('\ndistribution');
    const bars = Object.entries(summary.distribution).map(([bucket, n]) => [`  ${bucket}`, `${bar(n, max)} ${n}`]);
    for (const line of formatTable(bars, { gap: 1 })) this.log(line);
    if (summary.topCategories.length) {
      this.log('\nmost frequent categories');
      const rows = summary.topCategories.map((c) => [`  ${c.category}`, `${c.count}×`, `avg ${c.avgScore}`]);
      for (const line of formatTable(rows, { columns: [{}, { align: 'right' }, {}] })) this.log(line);
    }
    if (summary.recurringReasons.length) {
      this.log('\nrecurring reasons');
      for (const r of summary.recurringReasons.slice(0, 5)) this.log(`  ${String(r.count).padStart(3)}× ${r.reason}`);
    }
    if (summary.trend.length) {
      const first = summary.trend[0]?.date ?? '';
      const last = summary.trend[summary.trend.length - 1]?.date ?? '';
      this.log(`\ntrend (average score per day, 0–100)\n  ${first} ${sparkline(summary.trend.map((t) => t.avgDriftScore))} ${last}`);
    }
    for (const w of summary.warnings) this.note(`warning: ${w}`);
    return summary;
  }
}
