import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { ADAPTER_NAMES, askAgent, type AskAgentResult } from '@ce/agents';
import { BaseCommand } from '../../base-command.js';

export default class AgentsAsk extends BaseCommand<typeof AgentsAsk> {
  static override summary = 'Send one prompt to the configured agent and print the answer.';
  static override description =
    'A quick end-to-end test of an adapter: the answer streams to stdout, usage (tokens, cost, time) goes to stderr, and the call is logged to .ce/runs/ with keys redacted. With agents.adapter none it says so and exits 0.';
  static override examples = [
    '<%= config.bin %> agents ask "Say hello in five words."',
    '<%= config.bin %> agents ask "Summarise INITIAL.md" --provider ollama --json',
    '<%= config.bin %> agents ask "hi" --adapter claude-code',
  ];
  static override args = {
    prompt: Args.string({ required: true, description: 'The prompt.' }),
  };
  static override flags = {
    adapter: Flags.string({ summary: 'Use this adapter instead of agents.adapter.', options: [...ADAPTER_NAMES] }),
    provider: Flags.string({ summary: 'Use this agents.providers entry (its type is the adapter).' }),
    system: Flags.string({ summary: 'A system prompt.' }),
  };

  async run(): Promise<AskAgentResult> {
    await this.parseInput();
    const streaming = !this.jsonEnabled();
    const answer = await askAgent(this.root, this.args.prompt, {
      ...(this.flags.adapter ? { adapter: this.flags.adapter as (typeof ADAPTER_NAMES)[number] } : {}),
      ...(this.flags.provider ? { provider: this.flags.provider } : {}),
      ...(this.flags.system ? { system: this.flags.system } : {}),
      ...(streaming ? { onText: (text: string) => process.stdout.write(text), logStream: process.stderr } : {}),
    });
    const { result } = answer;
    if (!result.ok) {
      this.note(`${result.message}\nhint: ${result.hint}`);
      return answer;
    }
    if (streaming && !result.text.endsWith('\n')) process.stdout.write('\n');
    const u = result.usage;
    const tokens = u.inputTokens !== undefined ? `${u.inputTokens} in / ${u.outputTokens ?? '?'} out tokens, ` : '';
    const cost = u.costUsd !== undefined ? `$${u.costUsd.toFixed(4)}, ` : '';
    this.note(
      `${result.adapter}${result.model ? ` ${result.model}` : ''}: ${tokens}${cost}${(u.durationMs / 1000).toFixed(1)} s, ${u.attempts} attempt${u.attempts === 1 ? '' : 's'}`,
    );
    return answer;
  }
}
