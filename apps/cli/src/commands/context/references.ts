import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { findReferencingSymbols, type ReferencesResult } from '@ce/context';
import { BaseCommand } from '../../base-command.js';
import { formatTable } from '../../table.js';

export default class ContextReferences extends BaseCommand<typeof ContextReferences> {
  static override summary = 'Find the places that reference a symbol (find_referencing_symbols).';
  static override description =
    'Best effort: whole-identifier occurrences of the symbol’s name in the indexed code, each with the symbol that holds it. Names shared by unrelated symbols give false positives. The index is synced first unless --no-sync.';
  static override examples = [
    '<%= config.bin %> context references Runner/run',
    '<%= config.bin %> context references loadConfig --path src/config.ts --json',
  ];
  static override args = { namePath: Args.string({ required: true, description: 'name or name path of the referenced symbol' }) };
  static override flags = {
    path: Flags.string({ summary: 'The file or folder that defines the symbol, when the name is ambiguous.' }),
    limit: Flags.integer({ summary: 'At most this many references (default 200).', min: 1 }),
    sync: Flags.boolean({ summary: 'Sync the index first.', default: true, allowNo: true }),
  };

  async run(): Promise<ReferencesResult> {
    await this.parseInput();
    const result = await findReferencingSymbols(this.root, {
      namePath: this.args.namePath,
      ...(this.flags.path ? { path: this.flags.path } : {}),
      maxResults: this.flags.limit,
      sync: this.flags.sync,
    });
    const rows = result.references.map((r) => [`${r.file}:${r.line}`, r.referencingSymbol?.namePath ?? '(top level)', r.snippet]);
    for (const line of formatTable(rows)) this.log(line);
    if (result.total === 0) this.log(`No references to "${this.args.namePath}".`);
    else if (result.truncated) this.log(`… ${result.total - result.references.length} more (raise --limit)`);
    return result;
  }
}
