import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { readMemory, type MemoryKind, type MemoryRecord } from '@ce/state';
import { BaseCommand } from '../../base-command.js';

export default class MemoryRead extends BaseCommand<typeof MemoryRead> {
  static override summary = 'Print a memory.';
  static override examples = [
    '<%= config.bin %> memory read PRP-7-learnings-api-client',
    '<%= config.bin %> memory read api-client --prp PRP-7 --json',
  ];
  static override args = { name: Args.string({ required: true, description: 'memory id, or a name with --prp/--kind' }) };
  static override flags = {
    prp: Flags.string({ summary: 'PRP id.' }),
    kind: Flags.string({ summary: 'Memory kind.', options: ['checkpoint', 'learnings', 'temp', 'project', 'shared'] }),
  };

  async run(): Promise<{ memory: MemoryRecord; repaired: string[] }> {
    await this.parseInput();
    const result = await readMemory(this.root, {
      name: this.args.name,
      prpId: this.flags.prp,
      kind: this.flags.kind as MemoryKind | undefined,
    });
    this.log(result.memory.content.replace(/\n$/, ''));
    return result;
  }
}
