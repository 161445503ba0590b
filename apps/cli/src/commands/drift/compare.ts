import { Args } from '@oclif/core';
import { driftCompare, type DriftComparison } from '@ce/drift';
import { BaseCommand } from '../../base-command.js';

export default class DriftCompareCommand extends BaseCommand<typeof DriftCompareCommand> {
  static override summary = 'Compare the drift decisions of two PRPs.';
  static override description = 'Scores, decisions and each category side by side, with the change from the first PRP to the second.';
  static override examples = ['<%= config.bin %> drift compare PRP-2 PRP-5', '<%= config.bin %> drift compare PRP-1 PRP-2 --json'];
  static override args = {
    a: Args.string({ description: 'the first PRP id', required: true }),
    b: Args.string({ description: 'the second PRP id', required: true }),
  };

  async run(): Promise<DriftComparison> {
    await this.parseInput();
    const c = driftCompare(this.root, this.args.a, this.args.b);
    const score = (v: number | null): string => (v === null ? '—' : String(v));
    this.log(`${''.padEnd(16)} ${c.a.prpId.padStart(12)} ${c.b.prpId.padStart(12)}   change`);
    this.log(
      `${'drift score'.padEnd(16)} ${score(c.a.driftScore).padStart(12)} ${score(c.b.driftScore).padStart(12)}   ${c.scoreDelta === null ? '' : c.scoreDelta > 0 ? `+${c.scoreDelta}` : String(c.scoreDelta)}`,
    );
    this.log(`${'decision'.padEnd(16)} ${(c.a.decision ?? '—').padStart(12)} ${(c.b.decision ?? '—').padStart(12)}`);
    for (const cat of c.categories) {
      this.log(
        `${cat.category.padEnd(16)} ${String(cat.a).padStart(12)} ${String(cat.b).padStart(12)}   ${cat.delta > 0 ? `+${cat.delta}` : String(cat.delta)}`,
      );
    }
    for (const w of c.warnings) this.note(`warning: ${w}`);
    return c;
  }
}
