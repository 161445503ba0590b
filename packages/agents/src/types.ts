/** The adapters ce can drive; `none` means "no agent configured" and is a normal state. */
export type AdapterName = 'none' | 'claude-code' | 'anthropic' | 'openai-compatible' | 'command';

export const ADAPTER_NAMES: readonly AdapterName[] = ['none', 'claude-code', 'anthropic', 'openai-compatible', 'command'];

/** What a call cost. Every adapter reports the time; tokens and cost when the agent tells them. */
export interface AgentUsage {
  inputTokens?: number;
  outputTokens?: number;
  /** Prompt tokens served from or written to a provider cache (Claude Code reports these). */
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  /** US dollars: reported by the agent (Claude Code) or computed from `agents.pricing`. */
  costUsd?: number;
  durationMs: number;
  /** Calls made, retries included. */
  attempts: number;
}

/** The "no agent configured" result: callers fall back (deterministic drafts, a person's edits). */
export interface NoAgentResult {
  ok: false;
  adapter: 'none';
  reason: 'no-agent';
  message: string;
  hint: string;
}

export interface CompleteOptions {
  /** A system prompt (instructions that frame the request). */
  system?: string;
  /** Overrides `agents.maxTokens`. */
  maxTokens?: number;
  temperature?: number;
  /** Stream the answer: each piece of text is passed here as it arrives. */
  onText?: (delta: string) => void;
  signal?: AbortSignal;
}

export interface CompleteSuccess {
  ok: true;
  adapter: Exclude<AdapterName, 'none'>;
  /** The model that answered, when known. */
  model?: string;
  text: string;
  usage: AgentUsage;
}

export type CompleteResult = CompleteSuccess | NoAgentResult;

/** One unit of work for a coding agent (a PRP task, a fix request). */
export interface ImplementTask {
  /** `Task 3`, `fix L1`, …: used in the prompt and the transcript. */
  id?: string;
  title: string;
  /** What to do: the task's text, pseudocode, diagnostics to fix. */
  description?: string;
  /** Files the task expects to create or modify (repository-relative). */
  files?: string[];
}

export interface ImplementContext {
  /** The working tree the agent edits (a git repository). */
  root: string;
  /** Background the agent needs: the PRP, examples, gotchas, validation commands. */
  context?: string;
  /** Contents of files to show a model adapter (it cannot read the tree itself). Repository-relative keys. */
  fileContents?: Record<string, string>;
  /** Called with each transcript entry as it happens (progress). */
  onEvent?: (entry: TranscriptEntry) => void;
  signal?: AbortSignal;
}

/** One step of what the agent did, in order. */
export interface TranscriptEntry {
  kind: 'system' | 'prompt' | 'text' | 'tool-use' | 'tool-result' | 'result' | 'stderr';
  text: string;
  /** Tool name for tool-use / tool-result. */
  tool?: string;
  /** Tool input (e.g. `{file_path}`) for tool-use. */
  input?: unknown;
  isError?: boolean;
}

export interface ImplementSuccess {
  ok: true;
  adapter: Exclude<AdapterName, 'none'>;
  /** Whether the agent reported success (a failed run still lists what it changed). */
  completed: boolean;
  /** Repository-relative paths the run created, modified or deleted (from git status before/after). */
  changedFiles: string[];
  transcript: TranscriptEntry[];
  /** The agent's final message. */
  summary: string;
  usage: AgentUsage;
}

export type ImplementResult = ImplementSuccess | NoAgentResult;

/** One interface to every model and coding agent. */
export interface Agent {
  readonly adapter: AdapterName;
  /** A one-line description for logs: `anthropic claude-sonnet-4-5`, `claude-code`, `none`. */
  readonly label: string;
  /** Text in, text out: synthesis, summaries, PRP drafting. */
  complete(prompt: string, options?: CompleteOptions): Promise<CompleteResult>;
  /** Edits the working tree to do `task`; reports which files changed, what happened and what it cost. */
  implement(task: ImplementTask, context: ImplementContext): Promise<ImplementResult>;
}
