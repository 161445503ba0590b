import * as Flags from '@oclif/core/flags';
import { syncIndex, type SyncResult } from '@ce/context';
import { BaseCommand } from '../../base-command.js';

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
    const progress = this.progress();
    progress.start('Syncing the code index');
    let result: SyncResult;
    try {
      result = await syncIndex(this.root, {
        full: this.flags.full,
        onProgress: (done, total) => progress.update(`Parsing files ${done}/${total}`),
      });
    } catch (error) {
      progress.fail();
      throw error;
    }
    progress.stop();
    const f = result.files;
    this.log(
      `${result.full ? 'Full' : 'Incremental'} sync in ${result.durationMs} ms: ${f.scanned} files (${f.code} code), ${f.parsed} parsed, ${f.added} added, ${f.modified} modified, ${f.deleted} deleted; ${result.symbols} symbols`,
    );
    for (const s of result.skipped) this.log(`skipped   ${s.path} (${s.reason}${s.size !== undefined ? `, ${s.size} bytes` : ''})`);
    for (const e of result.syntaxErrors.slice(0, 20)) {
      this.log(
        `partial   ${e.path}: syntax error at ${e.locations.map((l) => `${l.line}:${l.column}`).join(', ')} (indexed as far as it parses)`,
      );
    }
    if (result.syntaxErrors.length > 20) this.log(`partial   … ${result.syntaxErrors.length - 20} more files with syntax errors`);
    for (const name of result.nonUtf8Names) this.log(`name      ${name} (file name is not UTF-8)`);
    return result;
  }
}
