import { Flags } from '@oclif/core';
import { initProject, type InitResult } from '@ce/core';
import { BaseCommand } from '../base-command.js';

export default class Init extends BaseCommand<typeof Init> {
  static override summary = 'Set up ce in this repository.';
  static override description =
    'Writes .ce/config.yml, PRPs/templates/ (KISS and self-healing), .claude/commands/generate-prp.md and execute-prp.md, an example INITIAL.md, and .gitignore entries for .ce/state and .ce/index. A second run changes nothing; files you changed are kept unless --force.';
  static override examples = ['<%= config.bin %> init', '<%= config.bin %> init --force --json'];
  static override flags = {
    force: Flags.boolean({ summary: 'Overwrite files that differ from the ce defaults.' }),
  };

  async run(): Promise<InitResult> {
    await this.parseInput();
    const result = await initProject(this.root, { force: this.flags.force });
    for (const file of result.files) this.log(`${file.action.padEnd(11)} ${file.path}${file.note ? `  (${file.note})` : ''}`);
    this.log(result.unchanged ? 'ce is already set up here; nothing changed.' : `ce is set up in ${result.root}`);
    return result;
  }
}
