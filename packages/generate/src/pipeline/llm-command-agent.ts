import { noAgentResult, type Agent, type CompleteSuccess } from '@ce/agents';
import { CommandLLMStrategy, standaloneContext } from '@ce/pipeline-testing';

/**
 * `ce pipeline run --llm-command <program>` as an Agent: the program reads the prompt on stdin and
 * answers on stdout (JSON `{text, usage}` or plain text), through the framework's CommandLLMStrategy.
 * It writes text only; implementing tasks is not what a prompt program does.
 */
export function llmCommandAgent(command: string, root: string): Agent {
  const llm = new CommandLLMStrategy({ command, cwd: root });
  return {
    adapter: 'command',
    label: `llm-command ${command}`,
    async complete(prompt, options = {}): Promise<CompleteSuccess> {
      const started = performance.now();
      const context = standaloneContext('synthesize', options.signal);
      const answer = await llm.execute({ prompt, ...(options.system ? { system: options.system } : {}) }, context);
      return {
        ok: true,
        adapter: 'command',
        model: answer.model,
        text: answer.text,
        usage: { ...answer.usage, durationMs: performance.now() - started, attempts: 1 },
      };
    },
    implement: () => Promise.resolve(noAgentResult()),
  };
}
