import { bar, driftSummary, sparkline, type DriftSummary } from '@ce/drift';
import { BaseCommand } from '../../base-command.js';

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
    for (const [bucket, n] of Object.entries(summary.distribution)) this.log(`  ${bucket.padEnd(7)} ${bar(n, max)} ${n}`);
    if (summary.topCategories.length) {
      this.log('\nmost frequent categories');
      for (const c of summary.topCategories) this.log(`  ${c.category.padEnd(15)} ${String(c.count).padStart(3)}×  avg ${c.avgScore}`);
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
