import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { UsageError } from '@ce/core';
import { runPipelineFile, type LocalRunResult } from '@ce/ci-render';
import { BaseCommand } from '../../base-command.js';

const MARK = { passed: '✓', failed: '✗', mocked: '🎭', skipped: '-' } as const;

export default class CiRun extends BaseCommand<typeof CiRun> {
  static override summary = 'Run the pipeline on this machine.';
  static override description =
    'Runs every node with its dependencies and parallelism respected (a node starts when all it waits for have finished), matrix instances side by side, mock nodes reported as mocked and not run, conditions evaluated for --branch/--event/--tag (default: the checked-out branch, push). Exits 1 when a node fails.';
  static override examples = [
    '<%= config.bin %> ci run ci/pipeline.yml --local',
    '<%= config.bin %> ci run ci/pipeline.yml --local --branch main --concurrency 2 --json',
  ];
  static override args = {
    file: Args.string({ description: 'the pipeline file (default: ci/pipeline.yml at the repository root)' }),
  };
  static override flags = {
    local: Flags.boolean({ summary: 'Run here, without a CI service (required).' }),
    branch: Flags.string({ summary: 'Branch that `when` conditions see (default: the checked-out branch).' }),
    tag: Flags.string({ summary: 'Tag that `when` conditions see.' }),
    event: Flags.string({ summary: 'Event that `when` conditions see (push (default), pull_request, schedule, manual).' }),
    concurrency: Flags.integer({ summary: 'Commands run at once (default: the number of CPUs).', min: 1 }),
  };

  async run(): Promise<LocalRunResult> {
    await this.parseInput();
    if (!this.flags.local) {
      throw new UsageError('ci-run-local', 'ce ci run only runs pipelines on this machine: add --local', {
        hint: 'to run on a CI service, render the pipeline with ce ci render and push it',
      });
    }
    const progress = this.progress();
    progress.start('running pipeline');
    let done = 0;
    let result: LocalRunResult;
    try {
      result = await runPipelineFile(this.args.file, {
        cwd: this.cwd,
        root: this.root,
        branch: this.flags.branch,
        tag: this.flags.tag,
        event: this.flags.event,
        concurrency: this.flags.concurrency,
        onEvent: (event) => {
          if (event.type === 'start') progress.update(`${event.job.stage} / ${event.job.name}`);
          else progress.update(`${++done} jobs finished; last: ${event.result.name} ${event.result.status}`);
        },
      });
    } finally {
      progress.stop();
    }
    for (const job of result.jobs) {
      const secs = job.durationMs > 0 ? ` (${(job.durationMs / 1000).toFixed(1)}s)` : '';
      this.log(`${MARK[job.status]} ${job.stage} / ${job.name}: ${job.status}${job.reason ? ` — ${job.reason}` : ''}${secs}`);
      for (const instance of job.instances) {
        if (instance.status !== 'failed') continue;
        const m =
          Object.keys(instance.matrix).length > 0
            ? ` [${Object.entries(instance.matrix)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')}]`
            : '';
        this.log(
          `    failed${m}: ${instance.failedCommand ?? ''} (exit ${instance.exitCode ?? 'signal'}${instance.timedOut ? ', timed out' : ''})`,
        );
        for (const line of instance.output.trimEnd().split('\n').slice(-15)) this.log(`    | ${line}`);
      }
    }
    const c = result.counts;
    this.log(`${result.passed ? 'passed' : 'FAILED'}: ${c.passed} passed, ${c.failed} failed, ${c.mocked} mocked, ${c.skipped} skipped`);
    if (!result.passed) this.setExitCode(1);
    return result;
  }
}
