import * as Flags from '@oclif/core/flags';
import { listMemories, type MemoryKind, type MemoryRecord } from '@ce/state';
import { BaseCommand } from '../../base-command.js';
import { formatTable } from '../../table.js';

export default class MemoryList extends BaseCommand<typeof MemoryList> {
  static override summary = 'List memories, optionally of one PRP or one kind.';
  static override examples = ['<%= config.bin %> memory list', '<%= config.bin %> memory list --prp PRP-7 --kind temp --json'];
  static override flags = {
    prp: Flags.string({ summary: 'Only memories of this PRP.' }),
    kind: Flags.string({ summary: 'Memory kind.', options: ['checkpoint', 'learnings', 'temp', 'project', 'shared'] }),
  };

  async run(): Promise<{ memories: MemoryRecord[]; repaired: string[] }> {
    await this.parseInput();
    const result = await listMemories(this.root, {
      ...(this.flags.prp ? { prpId: this.flags.prp } : {}),
      ...(this.flags.kind ? { kind: this.flags.kind as MemoryKind } : {}),
    });
    if (result.memories.length === 0) this.log('no memories');
    for (const line of formatTable(result.memories.map((m) => [m.id, m.kind, m.updated ?? '']))) this.log(line.trimEnd());
    return result;
  }
}
