import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { builtinExecutors, diffPipelineFile, type DiffResult } from '@ce/ci-render';
import { BaseCommand } from '../../base-command.js';
import { collectExtensions } from '../../extensions.js';

export default class CiDiff extends BaseCommand<typeof CiDiff> {
  static override summary = 'Compare the rendered pipeline with the CI files on disk.';
  static override description =
    'Renders the pipeline for each target (default: github and gitlab) and compares it with the file on disk (.github/workflows/ci.yml, .gitlab-ci.yml, or --against). Exits 1 when a file is missing or different, so it can run as a CI check.';
  static override examples = [
    '<%= config.bin %> ci diff',
    '<%= config.bin %> ci diff ci/pipeline.yml --target github --against .github/workflows/ci.yml',
    '<%= config.bin %> ci diff --json',
  ];
  static override args = {
    file: Args.string({ description: 'the pipeline file (default: ci/pipeline.yml at the repository root)' }),
  };
  static override flags = {
    target: Flags.string({ char: 't', summary: 'Target to compare (repeatable; default github and gitlab).', multiple: true }),
    against: Flags.string({ summary: 'The rendered file to compare with (one --target only).' }),
  };

  async run(): Promise<DiffResult> {
    await this.parseInput();
    const targets = this.flags.target ?? [];
    const extensions = targets.every((t) => builtinExecutors.some((e) => e.name === t))
      ? []
      : await collectExtensions(this.config, 'ci-executor');
    const result = await diffPipelineFile(this.args.file, {
      cwd: this.cwd,
      root: this.root,
      targets,
      against: this.flags.against,
      extensions,
    });
    for (const t of result.targets) {
      this.log(`${t.status.padEnd(10)} ${t.file} (${t.target})`);
      if (t.status !== 'up-to-date') this.log(t.diff);
    }
    if (!result.upToDate) {
      this.note(
        `rendered CI files are out of date with ${result.source}; run ce ci render ${result.source} --target <target> --out <file>`,
      );
      this.setExitCode(1);
    }
    return result;
  }
}
