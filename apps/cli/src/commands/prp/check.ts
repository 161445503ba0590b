import { resolve } from 'node:path';
import * as Args from '@oclif/core/args';
import { checkPrp, type PrpCheck } from '@ce/core';
import { BaseCommand } from '../../base-command.js';

export default class PrpCheckCommand extends BaseCommand<typeof PrpCheckCommand> {
  static override summary = 'Check that a PRP can be executed, and how complete it is.';
  static override description =
    'Checks the header against the PRP schema, the six primary sections, tasks that parse and name their files, files that a task MODIFYs existing in the repository, and the Validation Loop commands. Prints findings by line and a completeness score 0–100 with its parts. Exit 1 when the PRP is not executable.';
  static override examples = [
    '<%= config.bin %> prp check PRPs/PRP-3-discount-codes.md',
    '<%= config.bin %> prp check PRPs/PRP-3-discount-codes.md --json',
  ];
  static override args = {
    file: Args.string({ required: true, description: 'the PRP file' }),
  };

  async run(): Promise<PrpCheck> {
    await this.parseInput();
    const result = checkPrp({ root: this.root, file: resolve(this.cwd, this.args.file) });
    for (const f of result.findings) this.log(`${this.args.file}:${f.line}: ${f.severity}: ${f.message}`);
    this.log(`${result.executable ? 'executable' : 'NOT executable'}; completeness ${result.completeness}/100`);
    for (const [name, part] of Object.entries(result.completenessParts))
      this.log(`  ${name.padEnd(14)} ${part.score}/${part.max}  ${part.detail}`);
    if (!result.executable) this.setExitCode(1);
    return result;
  }
}
