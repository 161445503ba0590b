import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCommandLine, parseCommandLine, redactSecrets, runProcess, UsageError, type RunResult } from '@ce/core';
import { AgentError } from '../agent-error.js';
import { implementPrompt } from '../implement-prompt.js';
import { changedFiles, snapshotTree } from '../tree-changes.js';
import type {
  Agent,
  CompleteOptions,
  CompleteSuccess,
  ImplementContext,
  ImplementSuccess,
  ImplementTask,
  TranscriptEntry,
} from '../types.js';
import { makeUsage } from '../usage.js';

export interface CommandAdapterOptions {
  /** `agents.command`, e.g. `aider --yes-always --message-file {promptFile}`. */
  command: string | undefined;
  promptVia: 'stdin' | 'argument';
  timeoutMs: number;
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Any program as the agent. The prompt goes on stdin (`promptVia: stdin`) or as the last argument
 * (`promptVia: argument`); `{prompt}` and `{promptFile}` in the command are replaced by the prompt and
 * by the path of a temporary file holding it. The program's stdout is the answer; for implement() the
 * changed files come from git status before and after.
 */
export class CommandAdapter implements Agent {
  readonly adapter = 'command' as const;
  readonly label: string;

  constructor(private readonly options: CommandAdapterOptions) {
    this.label = `command ${options.command ?? '(none)'}`;
  }

  async complete(prompt: string, options: CompleteOptions = {}): Promise<CompleteSuccess> {
    const text = options.system ? `${options.system}\n\n${prompt}` : prompt;
    const run = await this.run(text, this.options.cwd, options.signal, options.onText);
    if (run.timedOut) {
      throw new AgentError('agent-timeout', `${this.label} did not finish in ${this.options.timeoutMs} ms`, {
        transient: true,
        hint: 'raise agents.timeoutMs in .ce/config.yml',
      });
    }
    if (run.exitCode !== 0) {
      const last = run.stderr.trim().split('\n').pop() ?? '';
      throw new AgentError('agent-failed', `${this.label} exited ${run.exitCode ?? run.signal}${last ? `: ${last}` : ''}`, {
        transient: false,
      });
    }
    return { ok: true, adapter: 'command', text: run.stdout, usage: makeUsage({ durationMs: run.durationMs, attempts: 1 }) };
  }

  async implement(task: ImplementTask, context: ImplementContext): Promise<ImplementSuccess> {
    const prompt = implementPrompt(task, context);
    const transcript: TranscriptEntry[] = [{ kind: 'prompt', text: prompt }];
    const before = await snapshotTree(context.root);
    const run = await this.run(prompt, context.root, context.signal, (text) => context.onEvent?.({ kind: 'text', text }));
    const after = await snapshotTree(context.root);
    if (run.stdout) transcript.push({ kind: 'text', text: redactSecrets(run.stdout) });
    if (run.stderr) transcript.push({ kind: 'stderr', text: redactSecrets(run.stderr) });
    const completed = run.exitCode === 0 && !run.timedOut;
    const summary = run.timedOut
      ? `timed out after ${this.options.timeoutMs} ms`
      : completed
        ? lastLines(run.stdout)
        : `exited ${run.exitCode ?? run.signal}: ${lastLines(run.stderr || run.stdout)}`;
    transcript.push({ kind: 'result', text: summary, ...(completed ? {} : { isError: true }) });
    return {
      ok: true,
      adapter: 'command',
      completed,
      changedFiles: changedFiles(before, after),
      transcript,
      summary,
      usage: makeUsage({ durationMs: run.durationMs, attempts: 1 }),
    };
  }

  private async run(prompt: string, cwd: string, signal: AbortSignal | undefined, onStdout?: (text: string) => void): Promise<RunResult> {
    const command = this.options.command?.trim();
    if (!command) {
      throw new UsageError('agent-no-command', 'agents.adapter is "command" but agents.command is not set', {
        file: '.ce/config.yml',
        hint: 'set agents.command, e.g. "aider --yes-always --message-file {promptFile}"',
      });
    }
    const viaArgument = this.options.promptVia === 'argument';
    const usesFile = command.includes('{promptFile}');
    const dir = usesFile ? mkdtempSync(join(tmpdir(), 'ce-prompt-')) : undefined;
    const promptFile = dir ? join(dir, 'prompt.md') : undefined;
    if (promptFile) writeFileSync(promptFile, prompt, { mode: 0o600 });
    try {
      const parsed = parseCommandLine(command.replace(/\{prompt(File)?\}/g, 'CE_PLACEHOLDER_$1'));
      const substitute = (token: string): string =>
        token.replace(/CE_PLACEHOLDER_File/g, () => promptFile ?? '').replace(/CE_PLACEHOLDER_/g, () => prompt);
      const hasPromptPlaceholder = /\{prompt\}/.test(command);
      const input = viaArgument || hasPromptPlaceholder || usesFile ? '' : prompt;
      const options = {
        cwd,
        env: { ...(this.options.env ?? process.env), ...(promptFile ? { CE_PROMPT_FILE: promptFile } : {}) },
        timeoutMs: this.options.timeoutMs,
        input,
        ...(onStdout ? { onOutput: (chunk: string, stream: 'stdout' | 'stderr') => stream === 'stdout' && onStdout(chunk) } : {}),
        ...(signal ? { signal } : {}),
      };
      const appendPrompt = viaArgument && !hasPromptPlaceholder;
      if (parsed.argv) {
        const argv = parsed.argv.map(substitute);
        const [file, ...args] = argv as [string, ...string[]];
        return await runProcess(file, appendPrompt ? [...args, prompt] : args, options).catch((error: unknown) => {
          throw new AgentError('agent-unavailable', `${this.label}: ${(error as Error).message}`, {
            transient: false,
            hint: 'check agents.command in .ce/config.yml',
            cause: error,
          });
        });
      }
      // Shell syntax (pipes, &&): placeholders become quoted words so the prompt is never parsed by the shell.
      const script = command
        .replace(/\{promptFile\}/g, () => formatCommandLine([promptFile ?? '']))
        .replace(/\{prompt\}/g, () => formatCommandLine([prompt]));
      return await runProcess(appendPrompt ? `${script} ${formatCommandLine([prompt])}` : script, [], { ...options, shell: true });
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }
}

function lastLines(text: string, max = 2000): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `…${trimmed.slice(trimmed.length - max)}` : trimmed;
}
