import * as Flags from '@oclif/core/flags';
import type { SyncResult } from '@ce/context';
import { BaseCommand } from '../../base-command.js';
import { runContextSync } from '../../context/run-context-sync.js';

// `ce context sync` (this spelling, with ce's own flags only) is also run without oclif, by
// src/direct/: what it does lives in runContextSync so that both paths answer alike.
export default class ContextSync extends BaseCommand<typeof ContextSync> {
  static override summary = 'Update the code index incrementally since the last sync.';
  static override description =
    'Indexes the symbols of TypeScript, TSX, JavaScript, Python, Go, Rust and Java files into .ce/index/ (oxc for TypeScript and JavaScript, tree-sitter for the rest and for files oxc cannot read). Only files whose content hash changed since the last sync are parsed again; deleted files are dropped. Respects .gitignore and context.exclude; symlinks, binary files and files above context.maxFileBytes are skipped and reported.';
  static override examples = ['<%= config.bin %> context sync', '<%= config.bin %> context sync --full --json'];
  static override flags = {
    full: Flags.boolean({ summary: 'Ignore the previous index and parse every file.' }),
  };

  async run(): Promise<SyncResult> {
    await this.parseInput();
    return runContextSync(this.root, this.flags.full, { progress: this.progress(), log: (line) => this.log(line) });
  }
}
