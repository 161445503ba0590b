import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NodeStrategy } from '../node-strategy.js';
import type { Context7Request, Context7Docs } from '../mocks/mock-context7.js';

/**
 * The real docs node offline: answers Context7-shaped requests (`query-docs` or the older
 * `get-library-docs`) from the README of the package as installed in node_modules (the version the
 * project really uses). Library ids are package names, optionally as `/npm/<name>`.
 */
export class LocalDocsStrategy implements NodeStrategy<Context7Request[], Context7Docs[]> {
  readonly name = 'local-docs';
  constructor(private readonly root: string) {}

  isMocked(): boolean {
    return false;
  }

  async execute(requests: Context7Request[]): Promise<Context7Docs[]> {
    return requests.map((request) => {
      const r = request as { libraryId?: string; context7CompatibleLibraryID?: string; query?: string; topic?: string; tokens?: number };
      const id = r.libraryId ?? r.context7CompatibleLibraryID ?? '';
      const pkg = id.replace(/^\/npm\//, '').replace(/^\//, '');
      const found = this.readme(pkg);
      if (!found) return { libraryId: id, content: '', topics: [] };
      const picked = pickSections(found.text, r.query ?? r.topic ?? '');
      const cap = (r.tokens ?? 2000) * 4;
      return {
        libraryId: id,
        ...(found.version ? { version: found.version } : {}),
        content: picked.content.slice(0, cap),
        topics: picked.topics,
      };
    });
  }

  private readme(pkg: string): { text: string; version?: string } | undefined {
    if (!/^(@[\w.-]+\/)?[\w.-]+$/.test(pkg)) return undefined;
    let dir = this.root;
    for (;;) {
      const base = join(dir, 'node_modules', pkg);
      if (existsSync(join(base, 'package.json'))) {
        const version = (JSON.parse(readFileSync(join(base, 'package.json'), 'utf8')) as { version?: string }).version;
        for (const name of ['README.md', 'readme.md', 'Readme.md', 'README']) {
          if (existsSync(join(base, name))) return { text: readFileSync(join(base, name), 'utf8'), ...(version ? { version } : {}) };
        }
        return { text: '', ...(version ? { version } : {}) };
      }
      const parent = dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }
}

function pickSections(text: string, query: string): { content: string; topics: string[] } {
  const words = query
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 3);
  const parts = text.split(/^(?=#{1,3} )/m);
  // The level-1 heading is the package's title, which every query about it would match.
  const chosen = parts.filter((p) => {
    const heading = (p.split('\n')[0] ?? '').toLowerCase();
    return /^#{2,3} /.test(heading) && words.some((w) => heading.includes(w));
  });
  if (chosen.length === 0) return { content: text, topics: [] };
  return { content: chosen.join('\n'), topics: chosen.map((p) => (p.split('\n')[0] ?? '').replace(/^#+\s*/, '')) };
}
