import type { Agent, NoAgentResult } from '../types.js';

/** The result every call returns when no agent is configured: callers fall back, nothing throws. */
export function noAgentResult(): NoAgentResult {
  return {
    ok: false,
    adapter: 'none',
    reason: 'no-agent',
    message: 'no agent configured (agents.adapter is "none")',
    hint: 'set agents.adapter in .ce/config.yml (claude-code, anthropic, openai-compatible or command); run `ce agents check` to see what is usable here',
  };
}

/** No model, no agent: ce drafts deterministically and gates changes made by a person or an outside agent. */
export class NoneAdapter implements Agent {
  readonly adapter = 'none' as const;
  readonly label = 'none';

  complete(): Promise<NoAgentResult> {
    return Promise.resolve(noAgentResult());
  }

  implement(): Promise<NoAgentResult> {
    return Promise.resolve(noAgentResult());
  }
}
