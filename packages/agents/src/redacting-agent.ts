import { debugLog, redactSecrets, redactValue, runEvent } from '@ce/core';
import type { Agent, CompleteOptions, CompleteResult, ImplementContext, ImplementResult, ImplementTask } from './types.js';

const debug = debugLog('ce:agents');

/**
 * Wraps an agent so that no secret leaves in a prompt: the prompt, the system prompt, the task and
 * its context (file contents included) pass through the core redactor before the adapter sees them.
 * Each call is recorded in the current run log (adapter, sizes, time, usage; never the prompt).
 * createAgent wraps every adapter it makes in one.
 */
export class RedactingAgent implements Agent {
  constructor(private readonly inner: Agent) {}

  get adapter(): Agent['adapter'] {
    return this.inner.adapter;
  }

  get label(): string {
    return this.inner.label;
  }

  async complete(prompt: string, options: CompleteOptions = {}): Promise<CompleteResult> {
    const safePrompt = redactSecrets(prompt);
    const safeOptions = options.system === undefined ? options : { ...options, system: redactSecrets(options.system) };
    debug(`complete: ${this.label}, prompt ${safePrompt.length} characters`);
    const started = performance.now();
    const result = await this.inner.complete(safePrompt, safeOptions);
    this.record('complete', started, result.ok ? { ok: true, usage: result.usage } : { ok: false, reason: result.message });
    return result;
  }

  async implement(task: ImplementTask, context: ImplementContext): Promise<ImplementResult> {
    const safeTask = redactValue(task);
    const safeContext: ImplementContext = {
      ...context,
      ...(context.context === undefined ? {} : { context: redactSecrets(context.context) }),
      ...(context.fileContents === undefined ? {} : { fileContents: redactValue(context.fileContents) }),
    };
    debug(`implement: ${this.label}, ${task.id ?? task.title}`);
    const started = performance.now();
    const result = await this.inner.implement(safeTask, safeContext);
    this.record(
      'implement',
      started,
      result.ok
        ? { ok: true, task: task.id ?? task.title, usage: result.usage, changedFiles: result.changedFiles }
        : { ok: false, reason: result.message },
    );
    return result;
  }

  private record(call: string, started: number, fields: Record<string, unknown>): void {
    const durationMs = Math.round(performance.now() - started);
    runEvent('agent', `${this.label} ${call} in ${durationMs} ms`, { agent: this.label, call, durationMs, ...fields });
    debug(`${call}: ${this.label} answered in ${durationMs} ms`);
  }
}
