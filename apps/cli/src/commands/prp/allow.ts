import * as Args from '@oclif/core/args';
import { resolve } from 'node:path';
import { allowPrp, type AllowPrpResult } from '@ce/validate';
import { BaseCommand } from '../../base-command.js';

export default class PrpAllow extends BaseCommand<typeof PrpAllow> {
  static override summary = 'Allow the commands of a PRP to run (after you have read them).';
  static override description =
    'A PRP’s Validation Loop and task validation commands run only once a person has allowed them, like direnv: this records a hash of the PRP’s command list in .ce/state/allowed.json, and any change to the list needs a new allow. Commands that ce infers for the repository or that .ce/config.yml names need none. Review them first with `ce validate --plan --prp <file>`. There is no MCP tool for this: an agent cannot allow commands.';
  static override examples = ['<%= config.bin %> prp allow PRPs/PRP-3-login.md', '<%= config.bin %> prp allow PRPs/PRP-3-login.md --json'];
  static override args = {
    file: Args.string({ required: true, description: 'the PRP file' }),
  };

  async run(): Promise<AllowPrpResult> {
    await this.parseInput();
    const result = await allowPrp({ root: this.root, prp: resolve(this.cwd, this.args.file) });
    if (result.commands.length === 0) this.log(`${result.prp} has no commands to allow.`);
    else {
      this.log(`${result.changed ? 'Allowed' : 'Already allowed'} the ${result.commands.length} command(s) of ${result.prp}:`);
      for (const command of result.commands) this.log(`  ${result.allowedNow.includes(command) ? '+' : ' '} ${command}`);
      this.log('(+ needed this allow; the others ce infers for the repository or the config names.)');
    }
    return result;
  }
}
