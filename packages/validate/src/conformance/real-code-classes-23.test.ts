import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { checkConformance } from './index.js';

// Classes of mistake L4 made on the real sets after merging wave 4 with rounds 21-22, and in round
// 23: each test is one class, written with code of its own, not a copy of a bench case.

function repo(files: Record<string, string>): string {
  const root = useTempDir();
  writeTree(root, { '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  return root;
}

/** A media handler class of the house: `name` is its class name. */
const pyHandler = (name: string) => `class ${name}(BaseHandler):
    def __init__(self, dumps=None, loads=None):
        self._dumps = dumps
        self._loads = loads

    def serialize(self, media, content_type):
        return self._dumps(media).encode()

    def deserialize(self, stream, content_type, length):
        return self._loads(stream.read().decode())

    def _error(self, err):
        return MediaError(str(err))
`;

const pyFunctions = `def is_timestamp(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def normalize_timestamp(value):
    if value > 1e12:
        return value / 1000
    return value


def iso_to_ordinal(year, week, day):
    return year * 1000 + week * 7 + day
`;

describe('L4 on the classes of mistake of the merged wave 4 and round 23', () => {
  it("judges a utility module for structure unless it serves the examples' package", async () => {
    const check = async (impl: string) => {
      const root = repo({
        'house/media/json.py': pyHandler('JSONHandler'),
        'house/media/msgpack.py': pyHandler('MessagePackHandler'),
        [impl]: pyFunctions,
      });
      return checkConformance({ root, examples: ['house/media'], files: [impl] });
    };
    // A `util.py` of functions written elsewhere, where the house writes handler classes, is a module of functions.
    const elsewhere = await check('other/timeutil/util.py');
    expect(elsewhere.categoryBreakdown['structure']).toBeGreaterThan(50);
    // The same module beside the handlers, or in their package, is the house's own odds and ends.
    expect((await check('house/media/util.py')).categoryBreakdown['structure']).toBe(0);
    expect((await check('house/util.py')).categoryBreakdown['structure']).toBe(0);
    expect((await check('house/lib/utils.py')).categoryBreakdown['structure']).toBe(0);
  });

  it('reads a method returning a settled promise as fitting a house that awaits', async () => {
    const fileAdapter = (name: string) => `import { readFile, writeFile } from 'node:fs/promises'

export class ${name} {
  #path: string

  constructor(path: string) {
    this.#path = path
  }

  async read(): Promise<string | null> {
    const text = await readFile(this.#path, 'utf-8')
    return text.length ? text : null
  }

  async write(text: string): Promise<void> {
    await writeFile(this.#path, text)
  }
}
`;
    const memory = (settle: string) => `export class Memory {
  #data: string | null = null

  read(): Promise<string | null> {
    return Promise.${settle}([this.#data])
  }

  write(text: string): Promise<void> {
    this.#data = text
    return Promise.${settle}([])
  }
}
`;
    const check = async (settle: string) => {
      const root = repo({
        'examples/TextFile.ts': fileAdapter('TextFile'),
        'examples/JsonFile.ts': fileAdapter('JsonFile'),
        'src/Memory.ts': memory(settle),
      });
      return checkConformance({ root, examples: ['examples'], files: ['src'] });
    };
    expect((await check('resolve')).categoryBreakdown['async-style']).toBe(0);
    // Combining promises is promise code still: `Promise.all` in a house that awaits is another style.
    expect((await check('all')).categoryBreakdown['async-style']).toBeGreaterThan(0);
  });
});
