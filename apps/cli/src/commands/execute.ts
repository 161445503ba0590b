import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { describeExecuteEvent, executePrp, type ExecuteResult } from '@ce/execute';
import { BaseCommand } from '../base-command.js';

export default class Execute extends BaseCommand<typeof Execute> {
  static override summary = 'Execute a PRP: tasks → agent → validation gates → self-healing → escalation.';
  static override description =
    'For each task of the Implementation Blueprint the agent implements it, then the task’s own validation command, level 1 (with the project’s fixers) and level 2 run, healed by the agent with the parsed diagnostics (at most 3 attempts per error); levels 3 and 4 run at the end. A checkpoint follows each passed task, the PRP header is updated as it goes, and --continue resumes an interrupted run. With --agent none ce stops before each task with what to implement (exit 0, status awaiting-implementation) and --continue runs the gates on what was done. Exit 0 done or waiting for a person’s implementation, 1 a gate failed or the work was rejected, 2 bad input, 3 a person must decide (report under .ce/runs/<run-id>/report.md; resume with --continue --decision accept|reject --reason "…").';
  static override examples = [
    '<%= config.bin %> execute PRPs/PRP-3-discounts.md',
    '<%= config.bin %> execute PRPs/PRP-3-discounts.md --agent none --json',
    '<%= config.bin %> execute PRPs/PRP-3-discounts.md --continue',
    '<%= config.bin %> execute PRPs/PRP-3-discounts.md --continue --decision accept --reason "the key is a public test key"',
    '<%= config.bin %> execute PRPs/PRP-3-discounts.md --dry-run --json',
  ];
  static override args = {
    prp: Args.string({ required: true, description: 'the PRP file' }),
  };
  static override flags = {
    agent: Flags.string({
      summary: 'Agent adapter (claude-code, anthropic, openai-compatible, command) or none. Default: agents.adapter.',
    }),
    'from-task': Flags.string({ summary: 'Start at this task number (earlier tasks count as done).' }),
    continue: Flags.boolean({ summary: 'Resume where the execution stopped (interrupted, awaiting a person, or escalated).' }),
    'dry-run': Flags.boolean({ summary: 'Show the tasks and the commands that would run; change nothing.' }),
    decision: Flags.string({ summary: 'Answer an escalation (with --continue).', options: ['accept', 'reject'] }),
    reason: Flags.string({ summary: 'Why (required with --decision).' }),
  };

  async run(): Promise<ExecuteResult> {
    await this.parseInput();
    const { flags } = this;
    const progress = this.progress();
    const result = await executePrp({
      root: this.root,
      prp: this.args.prp,
      agent: flags.agent,
      fromTask: flags['from-task'],
      continue: flags.continue,
      dryRun: flags['dry-run'],
      ...(flags.decision ? { decision: { decision: flags.decision as 'accept' | 'reject', reason: flags.reason ?? '' } } : {}),
      onEvent: (event) => progress.start(describeExecuteEvent(event)),
    }).finally(() => progress.stop());
    this.setExitCode(result.exitCode);
    this.present(result);
    return result;
  }

  private present(result: ExecuteResult): void {
    if (result.status === 'planned' && result.plan) {
      for (const t of result.plan.tasks)
        this.log(`Task ${t.number}: ${t.title}  [${t.files.map((f) => `${f.action} ${f.path}`).join(', ')}]`);
      for (const level of ['1', '2', '3'] as const)
        this.log(`Level ${level}: ${result.plan.commands[level].join(' && ') || 'nothing to run'}`);
      return;
    }
    for (const task of result.tasks) {
      const gates = task.gates
        .filter((g) => !g.empty)
        .map(
          (g) =>
            `${g.gate.split(':')[1] ?? g.gate} ${g.accepted ? 'accepted' : g.passed ? `passed${g.attempts.length > 1 ? ` (attempt ${g.attempts.length})` : ''}` : 'FAILED'}`,
        );
      this.log(`Task ${task.number}: ${task.title} — ${task.implementedBy}; ${gates.join(', ') || 'no gates run yet'}`);
    }
    for (const g of result.final)
      this.log(`${g.gate}: ${g.empty ? 'nothing to run' : g.accepted ? 'accepted' : g.passed ? 'passed' : 'FAILED'}`);
    if (result.status === 'awaiting-implementation' && result.task) {
      const t = result.task;
      this.log(`\nImplement Task ${t.number}: ${t.title}`);
      for (const f of t.files) this.log(`  ${f.action} ${f.path}`);
      for (const o of t.operations) this.log(`  ${o}`);
      if (t.validation.length > 0) this.log(`  checked with: ${t.validation.join(' && ')}`);
      this.log(`then run: ce execute ${result.prp} --continue`);
    }
    if (result.status === 'completed')
      this.log(
        `\n${result.prpId} executed: confidence ${result.confidence ?? '?'}; ${result.checkpoints.length} checkpoint(s); run log ${result.runLog}`,
      );
    if (result.status === 'gate-failed') this.log('\nA gate failed: fix it, then run ce execute … --continue');
    if (result.status === 'rejected') this.log('\nThe execution was rejected and stopped.');
    if (result.escalation) {
      const e = result.escalation;
      process.stderr.write(`escalation (${e.trigger}) at ${e.step}: ${e.message.split('\n')[0]}\nreport: ${e.report}\nhint: ${e.hint}\n`);
    }
  }
}
