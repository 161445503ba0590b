import { UsageError } from '@ce/core';
import type { NodeContext, NodeStrategy } from '../node-strategy.js';

export interface CannedLibrary {
  /** Context7 library id: `/vercel/next.js`. */
  id: string;
  /** The name `resolve-library-id` finds it by: `next.js`. */
  name: string;
  description?: string;
  version?: string;
  /** The docs: one text, or texts by topic (a query or topic picks the sections it names). */
  docs: string | Record<string, string>;
}

/** Context7's current docs tool. */
export interface QueryDocsRequest {
  tool?: 'query-docs';
  libraryId: string;
  query: string;
}
/** Context7's older docs tool, still spoken by many clients. */
export interface GetLibraryDocsRequest {
  tool?: 'get-library-docs';
  context7CompatibleLibraryID: string;
  topic?: string;
  tokens?: number;
}
export interface ResolveLibraryIdRequest {
  tool?: 'resolve-library-id';
  libraryName: string;
  query?: string;
}
export type Context7Request = QueryDocsRequest | GetLibraryDocsRequest | ResolveLibraryIdRequest;

/** The answer to query-docs / get-library-docs. */
export interface Context7Docs {
  libraryId: string;
  version?: string;
  content: string;
  topics: string[];
}
/** The answer to resolve-library-id. */
export interface Context7Libraries {
  libraries: { id: string; name: string; description?: string; version?: string }[];
}
export type Context7Response = Context7Docs | Context7Libraries;

/**
 * Stands in for Context7 with canned docs. Accepts `query-docs` ({libraryId, query}) and the older
 * `get-library-docs` ({context7CompatibleLibraryID, topic, tokens}), plus `resolve-library-id`;
 * the `tool` field is optional (the shape says which). An array of requests gets an array of answers.
 * An unknown library id is an error naming it, as the real service would refuse it.
 */
export class MockContext7Strategy implements NodeStrategy<Context7Request | Context7Request[], Context7Response | Context7Response[]> {
  readonly name = 'mock-context7';
  private readonly libraries: CannedLibrary[];
  private readonly unknown: 'error' | 'empty';

  /** @param options.unknown `error` (default): an unknown library id throws; `empty`: it gets empty docs. */
  constructor(libraries: CannedLibrary[] = [], options: { unknown?: 'error' | 'empty' } = {}) {
    this.libraries = libraries;
    this.unknown = options.unknown ?? 'error';
  }

  isMocked(): boolean {
    return true;
  }

  async execute(request: Context7Request | Context7Request[], _context?: NodeContext): Promise<Context7Response | Context7Response[]> {
    return Array.isArray(request) ? request.map((r) => this.answer(r)) : this.answer(request);
  }

  private answer(request: Context7Request): Context7Response {
    if (!request || typeof request !== 'object') throw badRequest(request);
    const tool = (request as { tool?: string }).tool;
    if (tool === 'resolve-library-id' || (!tool && 'libraryName' in request)) {
      const wanted = (request as ResolveLibraryIdRequest).libraryName.toLowerCase();
      const found = this.libraries.filter((l) => l.name.toLowerCase().includes(wanted) || l.id.toLowerCase().includes(wanted));
      return {
        libraries: found.map(({ id, name, description, version }) => ({
          id,
          name,
          ...(description ? { description } : {}),
          ...(version ? { version } : {}),
        })),
      };
    }
    if (tool === 'query-docs' || (!tool && 'libraryId' in request)) {
      const r = request as QueryDocsRequest;
      return this.docs(r.libraryId, r.query, undefined);
    }
    if (tool === 'get-library-docs' || (!tool && 'context7CompatibleLibraryID' in request)) {
      const r = request as GetLibraryDocsRequest;
      return this.docs(r.context7CompatibleLibraryID, r.topic, r.tokens);
    }
    throw badRequest(request);
  }

  private docs(libraryId: string, query: string | undefined, tokens: number | undefined): Context7Docs {
    if (typeof libraryId !== 'string') throw badRequest({ libraryId });
    const id = libraryId.replace(/\/v?\d+(\.\d+)*$/, '');
    // A library's name is accepted as well as its id (`yaml` for `/eemeli/yaml`), as clients often skip resolve-library-id.
    const library = this.libraries.find((l) => l.id === libraryId || l.id === id) ?? this.libraries.find((l) => l.name === libraryId);
    if (!library && this.unknown === 'empty') return { libraryId, content: '', topics: [] };
    if (!library) {
      throw new UsageError('mock-context7-unknown-library', `MockContext7Strategy has no docs for library "${libraryId}"`, {
        hint: `canned libraries: ${this.libraries.map((l) => l.id).join(', ') || 'none'}`,
      });
    }
    let topics: string[];
    let content: string;
    if (typeof library.docs === 'string') {
      topics = [];
      content = library.docs;
    } else {
      const words = (query ?? '')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 2);
      const all = Object.keys(library.docs);
      const chosen = all.filter((topic) => words.some((w) => topic.toLowerCase().includes(w) || w.includes(topic.toLowerCase())));
      topics = chosen.length > 0 ? chosen : all;
      content = topics.map((t) => `## ${t}\n\n${(library.docs as Record<string, string>)[t]}`).join('\n\n');
    }
    // Context7 caps answers by tokens (about four characters each).
    if (tokens && tokens > 0 && content.length > tokens * 4) content = content.slice(0, tokens * 4);
    return { libraryId: library.id, ...(library.version ? { version: library.version } : {}), content, topics };
  }
}

function badRequest(request: unknown): UsageError {
  return new UsageError('mock-context7-bad-request', `MockContext7Strategy cannot answer ${JSON.stringify(request)}`, {
    hint: 'send {libraryId, query} (query-docs), {context7CompatibleLibraryID, topic?, tokens?} (get-library-docs) or {libraryName} (resolve-library-id)',
  });
}
