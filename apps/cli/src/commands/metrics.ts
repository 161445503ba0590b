import { bar, sparkline } from '@ce/drift';
import { executionMetrics, type ExecutionMetrics, type Rate } from '@ce/execute';
import { BaseCommand } from '../base-command.js';

const percent = (r: Rate): string => (r.percent === null ? '—' : `${r.percent}% (${r.count}/${r.of})`);
const seconds = (ms: number | null): string => (ms === null ? '—' : `${(ms / 1000).toFixed(1)}s`);

export default class Metrics extends BaseCommand<typeof Metrics> {
  static override summary = 'How PRP executions went: first- and second-pass success, self-healing, gate pass rates, time, tokens.';
  static override description =
    'Reads every execution run log (.ce/runs/<run-id>.jsonl) and reports first-pass success (every gate passed at its first attempt), second-pass success, self-healing success (gates that failed and then passed), pass rates per gate at the first attempt, the average time per PRP, tokens and cost, and a trend of runs (share of gates that passed first time).';
  static override examples = ['<%= config.bin %> metrics', '<%= config.bin %> metrics --json'];

  async run(): Promise<ExecutionMetrics> {
    await this.parseInput();
    const metrics = executionMetrics(this.root);
    if (metrics.runs === 0) {
      this.log('No executions yet: run ce execute <PRP> first.');
      return metrics;
    }
    this.log(`Executions: ${metrics.runs} (${metrics.completed} completed, ${metrics.escalated} escalated)`);
    this.log(`First-pass success:    ${percent(metrics.firstPassSuccess)}`);
    this.log(`Second-pass success:   ${percent(metrics.secondPassSuccess)}`);
    this.log(`Self-healing success:  ${percent(metrics.selfHealingSuccess)}`);
    this.log('Gates passed at the first attempt:');
    for (const [gate, r] of Object.entries(metrics.gatePassRates)) this.log(`  ${gate.padEnd(5)} ${bar(r.count, r.of)} ${percent(r)}`);
    this.log(`Time per PRP: ${seconds(metrics.timePerPrp.averageMs)} on average over ${metrics.timePerPrp.completedRuns} completed run(s)`);
    this.log(
      `Tokens: ${metrics.tokens.input} in, ${metrics.tokens.output} out${metrics.tokens.costUsd ? `, $${metrics.tokens.costUsd.toFixed(4)}` : ''}`,
    );
    const points = metrics.trend.map((t) => t.firstAttemptPassPercent ?? 0);
    this.log(`Trend (gates passed first time per run, oldest → newest): ${sparkline(points)}`);
    return metrics;
  }
}
