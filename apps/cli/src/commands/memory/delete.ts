import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { deleteMemory, type MemoryKind } from '@ce/state';
import { BaseCommand } from '../../base-command.js';

export default class MemoryDelete extends BaseCommand<typeof MemoryDelete> {
  static override summary = 'Delete a memory.';
  static override examples = [
    '<%= config.bin %> memory delete PRP-7-temp-scratch',
    '<%= config.bin %> memory delete scratch --prp PRP-7 --kind temp --json',
  ];
  static override args = { name: Args.string({ required: true, description: 'memory id, or a name with --prp/--kind' }) };
  static override flags = {
    prp: Flags.string({ summary: 'PRP id.' }),
    kind: Flags.string({ summary: 'Memory kind.', options: ['checkpoint', 'learnings', 'temp', 'project', 'shared'] }),
  };

  async run(): Promise<{ id: string; deleted: true; repaired: string[] }> {
    await this.parseInput();
    const result = await deleteMemory(this.root, {
      name: this.args.name,
      prpId: this.flags.prp,
      kind: this.flags.kind as MemoryKind | undefined,
    });
    this.log(`deleted ${result.id}`);
    return result;
  }
}
