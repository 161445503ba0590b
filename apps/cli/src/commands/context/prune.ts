import * as Flags from '@oclif/core/flags';
import { pruneContext, type PruneResult } from '@ce/context';
import { BaseCommand } from '../../base-command.js';

export default class ContextPrune extends BaseCommand<typeof ContextPrune> {
  static override summary = 'Drop stale index entries and memories that refer to deleted code.';
  static override description =
    'Removes index entries of files that no longer exist (or are now ignored), temp files left by a killed writer, and memories whose every referenced file or symbol is gone. Memories with only some references gone are listed for review and kept.';
  static override examples = ['<%= config.bin %> context prune --dry-run', '<%= config.bin %> context prune --json'];
  static override flags = {
    'dry-run': Flags.boolean({ summary: 'Show what would be removed; change nothing.' }),
  };

  async run(): Promise<PruneResult> {
    await this.parseInput();
    const result = await pruneContext(this.root, { dryRun: this.flags['dry-run'] });
    const verb = result.dryRun ? 'would remove' : 'removed';
    for (const file of result.index.files) this.log(`${verb} index entry  ${file}`);
    for (const temp of result.index.tempFiles) this.log(`${verb} temp file    .ce/index/${temp}`);
    for (const m of result.memories) this.log(`${verb} memory       ${m.id} (gone: ${m.gone.join(', ')})`);
    for (const m of result.review) this.log(`review memory       ${m.id} (gone: ${m.gone.join(', ')})`);
    const n = result.index.files.length + result.index.tempFiles.length + result.memories.length;
    this.log(
      n === 0 ? 'Nothing to prune.' : `${result.dryRun ? 'Would remove' : 'Removed'} ${n} item(s), ${result.index.symbols} symbols.`,
    );
    return result;
  }
}
