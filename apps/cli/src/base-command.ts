// Subpaths, not the package index: the index also loads semver (48 files, for a Node version check)
// and modules no command needs, in every ce process.
import { Command } from '@oclif/core/command';
import * as Flags from '@oclif/core/flags';
import type { Interfaces } from '@oclif/core';
import {
  CeError,
  cePaths,
  excerpt,
  ExitCode,
  findRepoRoot,
  gitWorkTreeRoot,
  isCeError,
  isStackOverflow,
  checkConfig,
  redactSecrets,
  redactValue,
  UsageError,
} from '@ce/core';
import { resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { createProgress, type Progress } from './progress.js';
import { CommandRun } from './command-run.js';

/**
 * The commands that work outside a git repository, and why: they keep no ce state and write only
 * where the person points them (`--out`). Every other command reads or writes ce state, so outside
 * a git work tree it exits 2 ("not inside a git repository") before it reads or writes anything.
 * This is the one place that decision is made.
 */
const WORKS_OUTSIDE_A_REPOSITORY: ReadonlyMap<string, string> = new Map([
  ['ci:validate', 'checks a pipeline file'],
  ['ci:render', 'renders a pipeline file to stdout or --out'],
  ['ci:diff', 'compares rendered files with files on disk'],
  ['agents:check', 'reports which agent programs are installed'],
  ['agents:ask', 'one completion, nothing stored'],
  ['pipeline:graph', 'draws a named pipeline'],
]);

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
    void this.root;
    if (!WORKS_OUTSIDE_A_REPOSITORY.has(this.id ?? '')) this.commandRun?.attach(this.root);
    if ((this.ctor as typeof BaseCommand).checksConfig && existsSync(cePaths(this.root).config)) checkConfig(this.root);
  }

  /** The working directory: `--cwd` or the process's own. */
  protected get cwd(): string {
    const given = (this.flags as { cwd?: string } | undefined)?.cwd;
    if (!given) return process.cwd();
    const dir = resolve(given);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new UsageError('bad-cwd', `--cwd "${excerpt(given)}" is not a directory`);
    }
    return dir;
  }

  /**
   * The repository root: the top of the git work tree holding --cwd (never a folder merely holding
   * `.ce`). Outside a work tree a UsageError, except for the commands of WORKS_OUTSIDE_A_REPOSITORY,
   * which then work in --cwd itself.
   */
  protected get root(): string {
    if (this.rootDir === undefined) {
      const cwd = this.cwd;
      this.rootDir = WORKS_OUTSIDE_A_REPOSITORY.has(this.id ?? '') ? (gitWorkTreeRoot(cwd) ?? cwd) : findRepoRoot(cwd);
    }
    return this.rootDir;
  }

  /** A spinner on stderr for long work; silent under --json or when stderr is not a terminal. */
  protected progress(): Progress {
    return createProgress({ enabled: !this.jsonEnabled() && Boolean(process.stderr.isTTY) && !process.env['CI'] });
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
    else process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
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
    const ceError = toCeError(error);
    process.exitCode = ceError.exitCode;
    this.commandRun?.failed(ceError);
    // A parse error means argv was read and rejected; without this oclif (outside production)
    // adds a warning that the command "did not parse its arguments" to the one error line.
    this.parsed = true;
    if (this.jsonEnabled()) {
      process.stdout.write(`${JSON.stringify({ error: redactValue(ceError.toJSON()) })}\n`);
    }
    process.stderr.write(`error: ${redactSecrets(ceError.line)}\n`);
    if (ceError.hint) process.stderr.write(`hint: ${redactSecrets(ceError.hint)}\n`);
    if (ceError.code === 'internal' && (process.env['CE_DEBUG'] || process.env['DEBUG'] || this.commandRun?.verbose)) {
      process.stderr.write(`${redactSecrets(error.stack ?? '')}\n`);
    }
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

/** Maps anything thrown (our errors, oclif parse errors, faults) onto a CeError. */
export function toCeError(error: unknown): CeError {
  if (isCeError(error)) return error;
  const err = error as Error & { oclif?: { exit?: number }; code?: string };
  // oclif's own parse errors (unknown flag, missing argument, bad value) carry exit 2.
  if (err?.oclif?.exit === 2 || err?.name?.endsWith('ParseError') || (/Error$/.test(err?.constructor?.name ?? '') && err?.oclif)) {
    const missing = missingArgsMessage(error);
    if (missing) return new UsageError('usage', missing, { hint: 'see --help for the arguments and flags' });
    const firstLine =
      String(err.message)
        .split('\n')
        .find((l) => l.trim().length > 0)
        ?.trim() ?? 'invalid usage';
    return new UsageError('usage', firstLine.replace(/^Error:\s*/, ''), { hint: 'see --help for the arguments and flags' });
  }
  if (err?.oclif?.exit !== undefined) {
    return new CeError('exit', String(err.message), { exitCode: err.oclif.exit as ExitCode });
  }
  if (isStackOverflow(error)) {
    // Recursion past the stack is always some input nested too deeply; libraries name the file where they can.
    return new UsageError('nested-too-deeply', 'an input is nested too deeply to process', {
      hint: 'look for a generated or pathological file among the inputs and leave it out',
    });
  }
  const message = err instanceof Error ? err.message : String(error);
  return new CeError('internal', `internal error: ${message.split('\n')[0] ?? ''}`, {
    hint: 'this is a bug in ce or its environment; run again with CE_DEBUG=1 to see the stack',
    exitCode: ExitCode.Failed,
  });
}

/**
 * oclif's "Missing 1 required arg:" puts the names on the lines after it, which a one-line error
 * drops: name them on the line itself ("missing required argument <file> (the PRP file)").
 */
function missingArgsMessage(error: unknown): string | undefined {
  const args = (error as { args?: unknown }).args;
  if (!/^Missing \d+ required arg/.test(String((error as Error).message)) || !Array.isArray(args) || args.length === 0) return undefined;
  const named = (args as { name?: string; description?: string }[]).map(
    (a) => `<${a.name ?? '?'}>${a.description ? ` (${a.description})` : ''}`,
  );
  return `missing required argument${named.length === 1 ? '' : 's'} ${named.join(', ')}`;
}
