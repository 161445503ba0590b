import { projectStatus, type ProjectStatus } from '@ce/core';
import { BaseCommand } from '../base-command.js';

export default class Status extends BaseCommand<typeof Status> {
  static override summary = 'Show the ce version, the repository root and the effective configuration.';
  static override description =
    'The configuration is .ce/config.yml with CE_* environment overrides applied and every missing key filled from the defaults (the same document as the MCP status tool).';
  static override examples = ['<%= config.bin %> status', '<%= config.bin %> status --json'];

  async run(): Promise<ProjectStatus> {
    await this.parseInput();
    const status = projectStatus(this.root, this.config.version);
    this.log(`ce ${status.version}`);
    this.log(`root    ${status.root}`);
    this.log(`config  ${status.configFile ?? '(none: defaults)'}`);
    return status;
  }
}
