import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { searchForPattern, type SearchResult } from '@ce/context';
import { BaseCommand } from '../../base-command.js';

export default class ContextSearch extends BaseCommand<typeof ContextSearch> {
  static override summary = 'Search the repository for a regular expression (search_for_pattern).';
  static override description =
    'Searches the files the index sees (.gitignore and context.exclude respected; binary and huge files left out). Globs are gitignore-style.';
  static override examples = [
    "<%= config.bin %> context search 'TODO|FIXME'",
    "<%= config.bin %> context search 'async function \\w+' --glob 'src/**/*.ts' -C 2 --json",
  ];
  static override args = {
    pattern: Args.string({
      required: true,
      description: 'regular expression (RE2 syntax: JavaScript’s without backreferences or lookaround; linear time)',
    }),
  };
  static override flags = {
    glob: Flags.string({ summary: 'Only files matching this glob or below this folder (repeatable).', multiple: true }),
    exclude: Flags.string({ summary: 'Leave out files matching this glob (repeatable).', multiple: true }),
    before: Flags.integer({ char: 'B', summary: 'Lines of context before each match.', min: 0 }),
    after: Flags.integer({ char: 'A', summary: 'Lines of context after each match.', min: 0 }),
    context: Flags.integer({ char: 'C', summary: 'Lines of context before and after.', min: 0 }),
    'ignore-case': Flags.boolean({ char: 'i', summary: 'Match without regard to case.' }),
    limit: Flags.integer({ summary: 'At most this many matches (default 200).', min: 1 }),
  };

  async run(): Promise<SearchResult> {
    await this.parseInput();
    const f = this.flags;
    const result = await searchForPattern(this.root, {
      pattern: this.args.pattern,
      ...(f.glob ? { paths: f.glob } : {}),
      ...(f.exclude ? { exclude: f.exclude } : {}),
      contextBefore: f.context ?? f.before,
      contextAfter: f.context ?? f.after,
      ignoreCase: f['ignore-case'],
      maxResults: f.limit,
    });
    for (const m of result.matches) {
      m.before.forEach((line, i) => this.log(`${m.file}-${m.line - m.before.length + i}-${line}`));
      m.lines.forEach((line, i) => this.log(`${m.file}:${m.line + i}:${line}`));
      m.after.forEach((line, i) => this.log(`${m.file}-${m.endLine + 1 + i}-${line}`));
    }
    this.log(
      `${result.total} matches in ${result.filesSearched} files${result.truncated ? ` (first ${result.matches.length} shown)` : ''}`,
    );
    return result;
  }
}
