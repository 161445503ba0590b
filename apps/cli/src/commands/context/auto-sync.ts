import * as Flags from '@oclif/core/flags';
import { UsageError } from '@ce/core';
import { autoSyncPost, autoSyncPre, type PostSyncResult, type PreSyncResult } from '@ce/context';
import { BaseCommand } from '../../base-command.js';

export default class ContextAutoSync extends BaseCommand<typeof ContextAutoSync> {
  static override summary = 'Workflow hook before (--pre) or after (--post) a PRP.';
  static override description =
    '--pre: requires a clean work tree, syncs the index and measures health; exits 3 when the tree is dirty or health drift is at or above context.healthThreshold, unless --force. --post: cleans up the PRP’s state (intermediate checkpoints, temp memories), re-syncs, measures health and makes the final checkpoint.';
  static override examples = [
    '<%= config.bin %> context auto-sync --pre PRP-3',
    '<%= config.bin %> context auto-sync --pre PRP-3 --force --json',
    '<%= config.bin %> context auto-sync --post PRP-3',
  ];
  static override flags = {
    pre: Flags.string({ summary: 'Run the pre-generation/execution hook for this PRP id.', exclusive: ['post'] }),
    post: Flags.string({ summary: 'Run the post-execution hook for this PRP id.', exclusive: ['pre'] }),
    force: Flags.boolean({ summary: 'With --pre: go on despite a dirty tree or poor health.' }),
  };

  async run(): Promise<PreSyncResult | PostSyncResult> {
    await this.parseInput();
    if (this.flags.pre) {
      const result = await autoSyncPre(this.root, this.flags.pre, { force: this.flags.force });
      this.log(`Synced ${result.sync?.symbols ?? 0} symbols; context health drift ${result.health?.score ?? '?'}`);
      for (const reason of result.reasons) this.log(`${result.proceed ? 'warning (forced)' : 'abort'}: ${reason}`);
      if (!result.proceed) {
        this.log('Not proceeding: fix the above or run again with --force.');
        this.setExitCode(3);
      } else this.log(`Ready for ${result.prpId}.`);
      return result;
    }
    if (this.flags.post) {
      if (this.flags.force) throw new UsageError('usage', '--force applies to --pre only', { hint: 'drop --force' });
      const result = await autoSyncPost(this.root, this.flags.post);
      this.log(
        `Cleaned up ${result.prpId}: ${result.cleanup.deletedTags.length} checkpoints and ${result.cleanup.deletedTemp.length} temp memories removed, ${result.cleanup.archived.length} learnings archived`,
      );
      this.log(`Synced ${result.sync.symbols} symbols; context health drift ${result.health.score}`);
      this.log(`Final checkpoint ${result.checkpoint.tag}`);
      return result;
    }
    throw new UsageError('usage', 'give --pre <prp-id> or --post <prp-id>', { hint: 'ce context auto-sync --pre PRP-1' });
  }
}
