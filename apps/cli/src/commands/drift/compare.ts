import * as Args from '@oclif/core/args';
import { driftCompare, type DriftComparison } from '@ce/drift';
import { BaseCommand } from '../../base-command.js';
import { formatTable } from '../../table.js';

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
    const delta = (d: number | null): string => (d === null ? '' : d > 0 ? `+${d}` : String(d));
    const rows = [
      ['', c.a.prpId, c.b.prpId, 'change'],
      ['drift score', score(c.a.driftScore), score(c.b.driftScore), delta(c.scoreDelta)],
      ['decision', c.a.decision ?? '—', c.b.decision ?? '—', ''],
      ...c.categories.map((cat) => [cat.category, String(cat.a), String(cat.b), delta(cat.delta)]),
    ];
    const right = { align: 'right' } as const;
    for (const line of formatTable(rows, { columns: [{}, right, right, {}], gap: 3 })) this.log(line.trimEnd());
    for (const w of c.warnings) this.note(`warning: ${w}`);
    return c;
  }
}
