// Subpaths, not the package index: the index also loads semver (48 files, for a Node version check)
// and modules no command needs, in every ce process.
import { Command } from '@oclif/core/command';
import * as Flags from '@oclif/core/flags';
import type { Interfaces } from '@oclif/core';
import { redactSecrets } from '@ce/core';
import { commandProgress, type Progress } from './progress.js';
import { CommandRun } from './command-run.js';
import { commandCwd, commandRoot, enterRoot } from './command-root.js';
import { reportFailure, writePlainJson } from './command-failure.js';

export { toCeError } from './command-failure.js';

export type BaseFlags<T extends typeof Command> = Interfaces.InferredFlags<(typeof BaseCommand)['baseFlags'] & T['flags']>;
export type BaseArgs<T extends typeof Command> = Interfaces.InferredArgs<T['args']>;

/**
 * Every ce command extends this. It adds the global `--json`, `--cwd` and `--verbose` flags, keeps
 * the run log of the commands that do work (command-run.ts), and renders every failure the same
 * way: one line on stderr (plus a hint), the error's own exit code (2 bad input, 1 failed check,
 * 3 escalation), and under `--json` exactly one JSON document on stdout. Everything it prints about
 * a failure is redacted.
 */
export abstract class BaseCommand<T extends typeof Command = typeof Command> extends Command {
  static override enableJsonFlag = true;

  static override baseFlags = {
    cwd: Flags.string({
      summary: 'Run as if ce was started in this directory.',
      helpGroup: 'GLOBAL',
    }),
    verbose: Flags.boolean({
      summary: 'Show debug lines on stderr (the same as DEBUG=ce:*).',
      description: 'Debug lines never go to stdout, so --json output stays one document. See docs/observability.md.',
      helpGroup: 'GLOBAL',
    }),
  };

  /**
   * Whether the command refuses to run over a malformed `.ce/config.yml` (exit 2 naming the key),
   * even when it does not read the configuration itself. Off for `ce mcp`, which reports it per tool.
   */
  static checksConfig = true;

  protected flags!: BaseFlags<T>;
  protected args!: BaseArgs<T>;
  private rootDir: string | undefined;
  private commandRun: CommandRun | undefined;

  /** Runs the command inside its run scope: child processes, gates and agent calls land in its run log. */
  protected override async _run<R>(): Promise<R> {
    this.commandRun = new CommandRun(this.id ?? 'ce', this.argv);
    return this.commandRun.around(() => super._run<R>());
  }

  /** Parses argv into this.flags / this.args; commands call it first in run(). */
  protected async parseInput(): Promise<void> {
    const { flags, args } = await this.parse({
      flags: this.ctor.flags,
      baseFlags: (this.ctor as typeof BaseCommand).baseFlags,
      enableJsonFlag: this.ctor.enableJsonFlag,
      args: withoutStdin(this.ctor.args),
      strict: this.ctor.strict,
    });
    this.flags = flags as BaseFlags<T>;
    this.args = args as BaseArgs<T>;
    // Found once, before anything is read or written: outside a git work tree this is exit 2.
    this.rootDir = enterRoot(this.id ?? '', this.flags.cwd, {
      run: this.commandRun,
      checksConfig: (this.ctor as typeof BaseCommand).checksConfig,
    });
  }

  /** The working directory: `--cwd` or the process's own. */
  protected get cwd(): string {
    return commandCwd((this.flags as { cwd?: string } | undefined)?.cwd);
  }

  /** The repository root (command-root.ts says which); found by parseInput. */
  protected get root(): string {
    this.rootDir ??= commandRoot(this.id ?? '', this.cwd);
    return this.rootDir;
  }

  /** A spinner on stderr for long work; silent under --json or when stderr is not a terminal. */
  protected progress(): Progress {
    return commandProgress(this.jsonEnabled());
  }

  /** A human line on stderr (stdout is for results), silent under --json. */
  protected note(message: string): void {
    if (!this.jsonEnabled()) process.stderr.write(`${message}\n`);
  }

  /** Ends the command with an exit code but no error (a failed gate is a result, not an exception). */
  protected setExitCode(code: number): void {
    process.exitCode = code;
  }

  /** `--json` output is plain JSON when stdout is not a terminal (no colour codes, even under FORCE_COLOR). */
  protected override logJson(json: unknown): void {
    if (process.stdout.isTTY) super.logJson(json);
    else writePlainJson(json);
  }

  /** A warning on stderr, kept in the run log too. */
  override warn(input: Error | string): Error | string {
    this.commandRun?.warning(typeof input === 'string' ? input : input.message);
    return super.warn(typeof input === 'string' ? redactSecrets(input) : input);
  }

  protected override async finally(error: Error | undefined): Promise<void> {
    this.commandRun?.end();
    await super.finally(error);
  }

  protected override async catch(error: Error & { exitCode?: number }): Promise<void> {
    // A parse error means argv was read and rejected; without this oclif (outside production)
    // adds a warning that the command "did not parse its arguments" to the one error line.
    this.parsed = true;
    reportFailure(error, { json: this.jsonEnabled(), run: this.commandRun });
  }
}

/**
 * oclif fills a missing argument from stdin whenever stdin is not a terminal, so `ce prp list`
 * under an agent or a CI step with an open pipe took its PRP id from whatever was piped in.
 * ce reads stdin only where an argument is `-`, and the command reads it itself.
 */
function withoutStdin(args: Command['ctor']['args']): Command['ctor']['args'] {
  if (!args) return args;
  return Object.fromEntries(Object.entries(args).map(([name, arg]) => [name, { ...arg, ignoreStdin: true }]));
}
