import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { getSymbolsOverview, type OverviewResult } from '@ce/context';
import { BaseCommand } from '../../base-command.js';
import { formatTable } from '../../table.js';

export default class ContextOverview extends BaseCommand<typeof ContextOverview> {
  static override summary = 'Top-level symbols of a file or folder (get_symbols_overview).';
  static override examples = ['<%= config.bin %> context overview src/runner.ts', '<%= config.bin %> context overview src --json'];
  static override args = { path: Args.string({ description: 'file or folder (default: the whole repository)', default: '.' }) };
  static override flags = {
    sync: Flags.boolean({ summary: 'Sync the index first.', default: true, allowNo: true }),
  };

  async run(): Promise<OverviewResult> {
    await this.parseInput();
    const result = await getSymbolsOverview(this.root, { path: this.args.path, sync: this.flags.sync });
    for (const file of result.files) {
      if (file.symbols.length === 0) continue;
      this.log(file.file);
      const rows = file.symbols.map((s) => [
        `  ${s.range.startLine}`,
        s.kind,
        `${s.name}${s.children?.length ? `  {${s.children.map((c) => c.name).join(', ')}}` : ''}`,
      ]);
      for (const line of formatTable(rows, { columns: [{ align: 'right' }, {}, {}] })) this.log(line);
    }
    if (result.files.every((f) => f.symbols.length === 0)) this.log(`No symbols in ${result.path}.`);
    return result;
  }
}
