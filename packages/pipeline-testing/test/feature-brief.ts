// The pipeline of the worked example in docs/pipeline-testing.md: a feature brief from a request,
// the code that matches it and the docs of one library. Tested in worked-example.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandLLMStrategy, PipelineBuilder, adapt, strategy, type PipelineMode } from '../src/index.js';
import { MockContext7Strategy, MockLLMStrategy, MockSerenaStrategy, type Context7Docs, type SerenaResponse } from '../src/mocks/index.js';

export interface Request {
  feature: string;
  library: string;
}
interface Parsed {
  words: string[];
  library: string;
}
interface Gathered {
  parse: Parsed;
  research: SerenaResponse;
  docs: Context7Docs[];
}

const parse = strategy('parse', (r: Request): Parsed => ({
  words: r.feature
    .toLowerCase()
    .split(/\W+/)
    .filter((w) => w.length > 3),
  library: r.library,
}));
/** The real research of this example: the lines of the repository's src/ files that hold a query word. */
const searchSources = (root: string) =>
  strategy('search-sources', ({ query }: { query: string }): SerenaResponse => {
    const matches: Record<string, string[]> = {};
    for (const name of existsSync(join(root, 'src')) ? readdirSync(join(root, 'src')) : []) {
      const lines = readFileSync(join(root, 'src', name), 'utf8').split('\n');
      const hits = lines.flatMap((line, i) => (query.split(' ').some((w) => line.toLowerCase().includes(w)) ? [`${i + 1}: ${line}`] : []));
      if (hits.length > 0) matches[`src/${name}`] = hits;
    }
    return { symbols: [], matches };
  });

/** The real docs of this example: each library's README as installed in node_modules (none: empty). */
const installedReadmes = (root: string) =>
  strategy('installed-readmes', (requests: { libraryId: string }[]): Context7Docs[] =>
    requests.map(({ libraryId }) => {
      const dir = join(root, 'node_modules', libraryId);
      if (!existsSync(join(dir, 'README.md'))) return { libraryId, content: '', topics: [] };
      const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
      return { libraryId, version, content: readFileSync(join(dir, 'README.md'), 'utf8'), topics: [] };
    }),
  );

const toQuery = (p: Parsed) => ({ query: p.words.join(' ') });
const toDocs = (p: Parsed) => [{ tool: 'query-docs' as const, libraryId: p.library, query: p.words.join(' ') }];
const toPrompt = (g: Gathered) => ({
  prompt: `Write a brief for: ${g.parse.words.join(' ')}\nFiles: ${Object.keys(g.research.matches ?? {}).join(', ')}\nDocs: ${g.docs.map((d) => d.content.slice(0, 200)).join('\n')}`,
  files: Object.keys(g.research.matches ?? {}).join(', '),
});

/** The same pipeline in every mode; `root` is the repository, `model` a program that answers prompts. */
export function featureBrief(mode: PipelineMode, env: { root: string; model: string }) {
  return new PipelineBuilder({ mode, name: 'feature-brief' })
    .addNode('parse', parse)
    .addNode('research', adapt(searchSources(env.root), toQuery), {
      mock: adapt(new MockSerenaStrategy({ files: { 'src/cache.ts': 'export function cache() {}' } }), toQuery) as never,
      external: true,
    })
    .addNode('docs', adapt(installedReadmes(env.root), toDocs), {
      mock: adapt(new MockContext7Strategy([{ id: 'lru-cache', name: 'lru-cache', docs: 'new LRUCache({ max: 500 })' }]), toDocs) as never,
      external: true,
    })
    .addNode('write', adapt(new CommandLLMStrategy({ command: env.model }), toPrompt), {
      mock: adapt(new MockLLMStrategy('Brief (canned): touch {{files}}'), toPrompt),
      external: true,
    })
    .addEdge('parse', 'research')
    .addEdge('parse', 'docs')
    .addEdge('parse', 'write')
    .addEdge('research', 'write')
    .addEdge('docs', 'write');
}
