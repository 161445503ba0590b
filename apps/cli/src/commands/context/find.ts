import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { findSymbol, SYMBOL_KINDS, type FindSymbolResult, type SymbolKind } from '@ce/context';
import { BaseCommand } from '../../base-command.js';

export default class ContextFind extends BaseCommand<typeof ContextFind> {
  static override summary = 'Find symbols by name path (find_symbol).';
  static override description =
    'A name (`run`) matches every symbol of that name; a name path (`Runner/run`) matches symbols whose path ends with it; a leading `/` (`/Runner/run`) matches the whole path. The index is synced first unless --no-sync.';
  static override examples = [
    '<%= config.bin %> context find Runner/run',
    '<%= config.bin %> context find load --substring --kind function --kind method --json',
    '<%= config.bin %> context find /Config --body --path src/config.ts',
  ];
  static override args = { namePath: Args.string({ required: true, description: 'name or name path (Class/method)' }) };
  static override flags = {
    substring: Flags.boolean({ summary: 'Match the last segment as a case-insensitive substring.' }),
    kind: Flags.string({ summary: 'Only symbols of this kind (repeatable).', multiple: true, options: [...SYMBOL_KINDS] }),
    path: Flags.string({ summary: 'Only in this file or below this folder.' }),
    body: Flags.boolean({ summary: 'Include each symbol’s source.' }),
    children: Flags.boolean({ summary: 'Include the names of direct children.' }),
    limit: Flags.integer({ summary: 'At most this many matches (default 100).', min: 1 }),
    sync: Flags.boolean({ summary: 'Sync the index first.', default: true, allowNo: true }),
  };

  async run(): Promise<FindSymbolResult> {
    await this.parseInput();
    const result = await findSymbol(this.root, {
      namePath: this.args.namePath,
      substring: this.flags.substring,
      ...(this.flags.kind ? { kinds: this.flags.kind as SymbolKind[] } : {}),
      ...(this.flags.path ? { path: this.flags.path } : {}),
      includeBody: this.flags.body,
      includeChildren: this.flags.children,
      maxResults: this.flags.limit,
      sync: this.flags.sync,
    });
    for (const m of result.matches) {
      this.log(`${m.file}:${m.range.startLine}  ${m.kind.padEnd(11)} ${m.namePath}${m.exported ? '' : '  (not exported)'}`);
      this.log(`    ${m.signature}`);
      if (m.children?.length) this.log(`    children: ${m.children.map((c) => c.name).join(', ')}`);
      if (m.body !== undefined) this.log(m.body.replace(/^/gm, '    | '));
    }
    if (result.total === 0) this.log(`No symbol matches "${this.args.namePath}".`);
    else if (result.truncated) this.log(`… ${result.total - result.matches.length} more (raise --limit)`);
    return result;
  }
}
