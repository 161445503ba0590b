import * as Args from '@oclif/core/args';
import { validatePipelineFile, type ValidateResult } from '@ce/ci-render';
import { BaseCommand } from '../../base-command.js';

export default class CiValidate extends BaseCommand<typeof CiValidate> {
  static override summary = 'Check an abstract CI pipeline definition.';
  static override description =
    'Checks the YAML, the pipeline JSON Schema, then unknown or cyclic depends_on, duplicate names, empty stages, missing commands and bad conditions. Every problem is named by its path (stages[2].depends_on[0]) and line. Exits 2 when the definition is invalid.';
  static override examples = ['<%= config.bin %> ci validate ci/pipeline.yml', '<%= config.bin %> ci validate ci/pipeline.yml --json'];
  static override args = {
    file: Args.string({ description: 'the pipeline file (default: ci/pipeline.yml at the repository root)' }),
  };

  async run(): Promise<ValidateResult> {
    await this.parseInput();
    const result = validatePipelineFile(this.args.file, { cwd: this.cwd, root: this.root });
    this.log(`${result.file}: valid (${result.stages} stages, ${result.jobs} jobs; order: ${result.order.join(' → ')})`);
    return result;
  }
}
