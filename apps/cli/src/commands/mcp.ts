import * as Flags from '@oclif/core/flags';
import { BaseCommand } from '../base-command.js';

export default class Mcp extends BaseCommand<typeof Mcp> {
  static override summary = 'Serve ce as an MCP server over stdio.';
  static override description =
    'Claude Code, Cursor, Codex or any MCP client calls ce operations as tools. A small core set is exposed by default to save the agent context; --tools all exposes every tool, or name the tools to expose.';
  static override examples = ['<%= config.bin %> mcp', '<%= config.bin %> mcp --tools all', 'claude mcp add ce -- ce mcp'];
  static override enableJsonFlag = false;
  static override checksConfig = false;
  static override flags = {
    tools: Flags.string({ summary: 'core, all, or a comma-separated list of tool names.', default: 'core' }),
  };

  async run(): Promise<void> {
    await this.parseInput();
    const { startStdioServer } = await import('../mcp/server.js');
    await startStdioServer({ root: this.root, tools: this.flags.tools, version: this.config.version });
  }
}
