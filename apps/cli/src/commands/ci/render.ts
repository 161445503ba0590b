import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { builtinExecutors, renderPipelineFile, type RenderResult } from '@ce/ci-render';
import { BaseCommand } from '../../base-command.js';
import { collectExtensions } from '../../extensions.js';

export default class CiRender extends BaseCommand<typeof CiRender> {
  static override summary = 'Render the abstract pipeline for a CI platform.';
  static override description =
    'Validates the pipeline, then renders it with the executor of --target: github (GitHub Actions), gitlab (GitLab CI), or one added by a plugin or a ce-ci-executor-<name> package. Prints the result, or writes it atomically with --out. --check also validates the output against the platform JSON Schema.';
  static override examples = [
    '<%= config.bin %> ci render ci/pipeline.yml --target github --out .github/workflows/ci.yml',
    '<%= config.bin %> ci render ci/pipeline.yml --target gitlab --out .gitlab-ci.yml --check',
    '<%= config.bin %> ci render ci/pipeline.yml --target gitlab',
  ];
  static override args = {
    file: Args.string({ description: 'the pipeline file (default: ci/pipeline.yml at the repository root)' }),
  };
  static override flags = {
    target: Flags.string({ char: 't', summary: 'github (default), gitlab, or a plugin target.' }),
    out: Flags.string({
      char: 'o',
      summary: 'Write the rendered file here instead of printing it (- for stdout). Only a regular file is ever replaced.',
    }),
    check: Flags.boolean({ summary: "Validate the output against the platform's published JSON Schema." }),
  };

  async run(): Promise<RenderResult> {
    await this.parseInput();
    const target = this.flags.target;
    const builtin = target === undefined || builtinExecutors.some((e) => e.name === target);
    const extensions = builtin ? [] : await collectExtensions(this.config, 'ci-executor');
    const result = await renderPipelineFile(this.args.file, {
      cwd: this.cwd,
      root: this.root,
      target,
      // `-` is stdout, as everywhere on a command line.
      out: this.flags.out === '-' ? undefined : this.flags.out,
      check: this.flags.check,
      extensions,
    });
    if (result.written)
      this.note(
        `wrote ${this.flags.out} (${result.target}: ${result.jobs} jobs in ${result.stages} stages${result.checked ? ', schema-checked' : ''})`,
      );
    else if (!this.jsonEnabled()) process.stdout.write(result.content);
    return result;
  }
}
