import * as Flags from '@oclif/core/flags';
import { extractExamples, type ExtractedExamples } from '@ce/validate';
import { BaseCommand } from '../../base-command.js';
import { formatTable } from '../../table.js';

export default class ExamplesExtract extends BaseCommand<typeof ExamplesExtract> {
  static override summary = "Pick example files that show this codebase's dominant style.";
  static override description =
    'The brownfield bootstrap: reads the TypeScript, JavaScript and Python sources, finds the dominant style per pattern category (async style, error handling, naming, module system, data flow, structure) and copies, per category, the file that shows it best into --out with a README. Existing files that differ are kept unless --force.';
  static override examples = [
    '<%= config.bin %> examples extract',
    '<%= config.bin %> examples extract --out examples --json',
    '<%= config.bin %> examples extract --dry-run',
  ];
  static override flags = {
    out: Flags.string({ summary: 'Folder to copy the examples into.', default: 'examples' }),
    force: Flags.boolean({ summary: 'Overwrite example files that differ.' }),
    'dry-run': Flags.boolean({ summary: 'Only report the picks; write nothing.' }),
  };

  async run(): Promise<ExtractedExamples> {
    await this.parseInput();
    const progress = this.progress();
    progress.start('reading the codebase');
    const result = await extractExamples(this.root, { out: this.flags.out, force: this.flags.force, dryRun: this.flags['dry-run'] });
    progress.stop();
    if (result.examples.length === 0) this.log(`No source files with a clear style found (${result.scannedFiles} scanned).`);
    const rows = result.examples.map((e) => [e.category, e.family, e.style, `${Math.round(e.share * 100)}%`, e.file]);
    for (const line of formatTable(rows, { columns: [{}, {}, {}, { align: 'right' }, {}] })) this.log(line);
    if (result.written.length) this.log(`\nwrote ${result.written.length} files to ${result.out}/`);
    if (result.kept.length)
      this.note(`kept ${result.kept.length} existing files that differ (use --force to overwrite): ${result.kept.join(', ')}`);
    return result;
  }
}
