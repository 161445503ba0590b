import { checkAgents, type AgentsCheckResult } from '@ce/agents';
import { BaseCommand } from '../../base-command.js';
import { formatTable } from '../../table.js';

export default class AgentsCheck extends BaseCommand<typeof AgentsCheck> {
  static override summary = 'Show which agents are usable here, and why not.';
  static override description =
    'Checks every adapter without touching the network: the claude binary on PATH (and its version), the API key variable of each model provider, a configured model, the configured command. Exits 1 when the adapter selected in .ce/config.yml is not usable.';
  static override examples = ['<%= config.bin %> agents check', '<%= config.bin %> agents check --json'];

  async run(): Promise<AgentsCheckResult> {
    await this.parseInput();
    const result = await checkAgents(this.root);
    const name = (r: AgentsCheckResult['adapters'][number]) => `${r.adapter}${r.provider ? ` (${r.provider})` : ''}`;
    const info = (r: AgentsCheckResult['adapters'][number]): string =>
      r.usable
        ? [r.details['model'], r.details['version'], r.details['path'] ?? r.details['baseUrl'], r.details['note']]
            .filter(Boolean)
            .join(', ')
        : r.problems.join('; ');
    const rows = result.adapters.map((r) => [`${r.selected ? '*' : ' '} ${name(r)}`, r.usable ? 'usable' : 'unusable', info(r)]);
    for (const line of formatTable(rows)) this.log(line);
    const selected = `${result.selected}${result.provider ? ` (${result.provider})` : ''}`;
    this.log(
      `\nselected: ${selected} — ${result.selectedUsable ? 'usable' : 'NOT usable; fix the problems above or change agents.adapter in .ce/config.yml'}`,
    );
    if (!result.selectedUsable) this.setExitCode(1);
    return result;
  }
}
