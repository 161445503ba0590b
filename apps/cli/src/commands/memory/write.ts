import { readFileSync } from 'node:fs';
import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import { UsageError } from '@ce/core';
import { writeMemory, type MemoryKind, type MemoryRecord } from '@ce/state';
import { BaseCommand } from '../../base-command.js';

export default class MemoryWrite extends BaseCommand<typeof MemoryWrite> {
  static override summary = 'Write (create or replace) a memory.';
  static override description =
    "Memories are markdown files with front matter in .ce/memory/ (the folder is memory.dir; the same form as Serena's .serena/memories/), or in an MCP memory server when memory.backend is mcp. Name a memory by its full id (PRP-7-learnings-api-client, project/conventions, or a shared name), or by a name with --prp and --kind (checkpoint, learnings, temp, project, shared). Content comes from the argument, --file, or stdin when the content argument is -.";
  static override examples = [
    '<%= config.bin %> memory write api-client "retry 429s with backoff" --prp PRP-7 --kind learnings',
    '<%= config.bin %> memory write PRP-7-temp-scratch --file notes.md',
    'echo "use pnpm" | <%= config.bin %> memory write project/tooling - --json',
  ];
  static override args = {
    name: Args.string({ required: true, description: 'memory id, or a name with --prp/--kind' }),
    content: Args.string({ required: false, description: 'the content, or - to read it from stdin (default: --file)' }),
  };
  static override flags = {
    prp: Flags.string({ summary: 'PRP id (default with a PRP kind: the active PRP).' }),
    kind: Flags.string({ summary: 'Memory kind.', options: ['checkpoint', 'learnings', 'temp', 'project', 'shared'] }),
    file: Flags.string({ summary: 'Read the content from this file.' }),
    ref: Flags.string({ summary: 'A file or symbol the memory is about (repeatable).', multiple: true }),
  };

  async run(): Promise<{ memory: MemoryRecord; repaired: string[] }> {
    await this.parseInput();
    const content = this.args.content === '-' ? readStdin() : (this.args.content ?? readContent(this.flags.file));
    const result = await writeMemory(this.root, {
      name: this.args.name,
      prpId: this.flags.prp,
      kind: this.flags.kind as MemoryKind | undefined,
      content,
      ...(this.flags.ref ? { references: this.flags.ref } : {}),
    });
    for (const line of result.repaired) this.note(`repaired: ${line}`);
    this.log(`wrote ${result.memory.id}`);
    return result;
  }
}

function readContent(file: string | undefined): string {
  if (file === undefined)
    throw new UsageError('memory-content', 'no content given', { hint: 'pass it as the second argument, with --file, or - to read stdin' });
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError('memory-content', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, {
      file,
    });
  }
}

/** Stdin, read only because the content argument is `-`. */
function readStdin(): string {
  return readFileSync(0, 'utf8');
}
