import * as Flags from '@oclif/core/flags';
import { resolve } from 'node:path';
import {
  reviewPlan,
  validate,
  type Diagnostic,
  type LevelResult,
  type ValidateResult,
  type ValidationLevelChoice,
  type ReviewedPlan,
  VALIDATION_LEVEL_CHOICES,
} from '@ce/validate';
import { BaseCommand } from '../base-command.js';

const MAX_SHOWN = 20;

function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}` : '(no file)';
  return `  ${where}  ${d.severity}  ${d.message}  [${d.tool}${d.rule ? ` ${d.rule}` : ''}]`;
}

export default class Validate extends BaseCommand<typeof Validate> {
  static override summary = 'Run the validation gates (L1 style/types, L2 unit, L3 integration, L4 pattern conformance).';
  static override description =
    'Commands come from the PRP’s Validation Loop (--prp), then .ce/config.yml, then the repository itself (package.json scripts, deno.json, pyproject/tox/nox, Cargo, go.mod, Maven, Gradle, Gemfile, Makefile, justfile, CI workflows). --plan prints them without running anything. --fix self-heals level 1 with the fixers the project already has, at most 3 attempts. Exit 0 when every requested level passed, 1 when a gate failed, 2 on bad input, 3 when level 4 escalates.';
  static override examples = [
    '<%= config.bin %> validate --plan --json',
    '<%= config.bin %> validate --level 1',
    '<%= config.bin %> validate --level 1 --fix --json',
    '<%= config.bin %> validate --level all --prp PRPs/PRP-3-login.md',
    '<%= config.bin %> validate --level 4 --examples examples/handler.ts --files src/login.ts',
  ];
  static override flags = {
    plan: Flags.boolean({ summary: 'Print the commands of levels 1–3 without running them.' }),
    level: Flags.string({ summary: 'Which level to run (default all; 1 with --fix).', options: [...VALIDATION_LEVEL_CHOICES] }),
    prp: Flags.string({ summary: 'PRP file: its Validation Loop comes first; confidence and results are written into its header.' }),
    fix: Flags.boolean({ summary: 'Self-heal level 1 with the project’s own fixers, then re-run (at most 3 attempts).' }),
    examples: Flags.string({ summary: 'Example files for level 4 (pattern conformance).', multiple: true }),
    files: Flags.string({ summary: 'Implementation files for level 4.', multiple: true }),
  };

  async run(): Promise<ReviewedPlan | ValidateResult> {
    await this.parseInput();
    const { flags } = this;
    const root = this.root;
    const prp = flags.prp === undefined ? undefined : resolve(this.cwd, flags.prp);
    if (flags.plan) return this.showPlan(reviewPlan({ root, prp }));
    const progress = this.progress();
    let ticker: NodeJS.Timeout | undefined;
    const result = await validate({
      root,
      level: flags.level as ValidationLevelChoice | undefined,
      prp,
      fix: flags.fix,
      examples: flags.examples,
      files: flags.files,
      onEvent: (event) => {
        if (event.type === 'command-start') {
          const label = `L${event.level} ${event.command.command}${event.command.cwd === '.' ? '' : ` (in ${event.command.cwd})`}`;
          const started = Date.now();
          progress.start(label);
          clearInterval(ticker);
          ticker = setInterval(() => progress.update(`${label}  ${((Date.now() - started) / 1000).toFixed(1)}s`), 200);
        } else if (event.type === 'command-end') {
          clearInterval(ticker);
          const r = event.result;
          const text = `L${event.level} ${r.command}${r.cwd === '.' ? '' : ` (in ${r.cwd})`}  ${(r.durationMs / 1000).toFixed(1)}s${r.passed ? '' : r.timedOut ? '  timed out' : `  exit ${r.exitCode ?? 'none'}`}`;
          if (r.passed) progress.succeed(text);
          else progress.fail(text);
        } else progress.start(`fixing (attempt ${event.attempt}): ${event.fixers.join(', ')}`);
      },
      // Loaded only for level 4, so that --plan and levels 1–3 do not pay for the drift flow.
      level4: async () =>
        (await import('../drift/level4-flow.js')).runLevel4Flow(this, {
          root,
          prp,
          examples: flags.examples,
          files: flags.files,
          interactive: !this.jsonEnabled() && Boolean(process.stdin.isTTY),
        }),
    }).finally(() => {
      clearInterval(ticker);
      progress.stop();
    });
    this.setExitCode(result.exitCode);
    this.report(result);
    return result;
  }

  /** Each command exactly as it would run, where it came from, and whether it may run. */
  private showPlan(reviewed: ReviewedPlan): ReviewedPlan {
    for (const key of ['1', '2', '3'] as const) {
      const commands = reviewed.levels[key];
      this.log(`Level ${key} (${reviewed.sources[key]}):${commands.length === 0 ? ' nothing to run' : ''}`);
      for (const c of commands)
        this.log(
          `  ${c.allowed ? 'allowed    ' : 'NOT ALLOWED'}  ${c.command}${c.cwd === '.' ? '' : `   (in ${c.cwd})`}${c.shell ? `   [runs in /bin/sh: ${c.shell}]` : ''}`,
        );
    }
    if (reviewed.allowCommand) this.log(`Commands marked NOT ALLOWED run only after you have read them and run: ${reviewed.allowCommand}`);
    return reviewed;
  }

  private report(result: ValidateResult): void {
    for (const key of ['1', '2', '3'] as const) {
      const level = result.levels[key];
      if (!level) continue;
      const gate: LevelResult = 'gate' in level ? level.gate : level;
      const status = gate.empty ? 'nothing to run' : gate.passed ? 'passed' : 'FAILED';
      this.log(`Level ${key}: ${status}${'attempts' in level ? ` after ${level.attempts} attempt(s)` : ''}`);
      if ('fixed' in level) for (const f of level.fixed) this.log(`  fixed by ${f.fixer}: ${f.files.join(', ')}`);
      const shown = 'remaining' in level ? level.remaining : gate.diagnostics;
      for (const d of shown.slice(0, MAX_SHOWN)) this.log(formatDiagnostic(d));
      if (shown.length > MAX_SHOWN) this.log(`  … and ${shown.length - MAX_SHOWN} more (see --json)`);
      for (const c of gate.commands)
        if (!c.passed && c.diagnostics.length === 0)
          this.log(
            `  ${c.command}: ${c.error ?? (c.timedOut ? 'timed out' : `exit ${c.exitCode}`)}\n${c.outputTail.replace(/^/gm, '    ')}`,
          );
    }
    const l4 = result.levels['4'];
    if (l4) this.log(l4.skipped ? `Level 4: skipped (${l4.reason})` : `Level 4: ${l4.decision}, drift ${l4.driftScore}`);
    if (result.confidence) this.log(`Confidence ${result.confidence.confidence} written to ${result.confidence.file}`);
    this.log(
      result.passed ? 'All requested levels passed.' : result.exitCode === 3 ? 'Escalation: level 4 needs a decision.' : 'A gate failed.',
    );
  }
}
