import { existsSync } from 'node:fs';
import { repoRelative, resolveInRepo, UsageError } from '@ce/core';
import type { FindSymbolQuery, FindSymbolResult, SymbolMatch } from '../query/code-index.js';
import type { ReferencesResult } from '../query/queries.js';
import type { SearchOptions } from '../query/search-pattern.js';
import type { ContextBackend } from './context-backend.js';
import { SerenaSession, type SerenaServerOptions } from './serena-client.js';
import { kindsToLsp } from './serena-kinds.js';
import { mapFindSymbol, mapOverview, mapReferences, mapSearch } from './serena-results.js';

/** At most this many definitions are asked for their references (Serena takes one symbol per call). */
const MAX_REFERENCE_TARGETS = 10;

/**
 * The queries answered by Serena over MCP: its `find_symbol`, `get_symbols_overview`,
 * `search_for_pattern` and `find_referencing_symbols` tools, their JSON mapped onto ce's result
 * types. The server is started on the first query and stopped by `close()`.
 */
export function serenaBackend(root: string, options: Omit<SerenaServerOptions, 'cwd'>): ContextBackend {
  let session: Promise<SerenaSession> | undefined;
  const open = (): Promise<SerenaSession> => (session ??= SerenaSession.start({ ...options, cwd: root }));

  const find = async (s: SerenaSession, query: FindSymbolQuery): Promise<FindSymbolResult> => {
    if (!query.namePath.trim() || query.namePath.trim() === '/') {
      throw new UsageError('bad-name-path', 'the name path is empty', { hint: 'give a name such as `run` or `Runner/run`' });
    }
    const json = await s.call('find_symbol', {
      [s.param('find_symbol', ['name_path_pattern', 'name_path'])]: query.namePath.trim(),
      substring_matching: query.substring ?? false,
      include_body: query.includeBody ?? false,
      depth: query.includeChildren ? 1 : 0,
      ...(query.path ? { relative_path: query.path.replace(/^\.\/+/, '') } : {}),
      ...(query.kinds && query.kinds.length > 0 ? { include_kinds: kindsToLsp(query.kinds) } : {}),
    });
    return mapFindSymbol(json, query);
  };

  return {
    name: 'serena',

    async findSymbol(query) {
      return find(await open(), query);
    },

    async getSymbolsOverview(query) {
      const absolute = resolveInRepo(root, query.path || '.', 'path');
      if (!existsSync(absolute)) {
        throw new UsageError('no-such-path', `${query.path} does not exist in ${root}`, {
          hint: 'give a file or folder inside the repository',
        });
      }
      const rel = repoRelative(root, absolute) || '.';
      const s = await open();
      const json = await s.call('get_symbols_overview', { relative_path: rel, depth: query.includeChildren === false ? 0 : 1 });
      return mapOverview(json, rel, query.includeChildren ?? true);
    },

    async searchForPattern(options: SearchOptions) {
      const s = await open();
      const include = serenaGlob(options.paths);
      const exclude = serenaGlob(options.exclude);
      const json = await s.call('search_for_pattern', {
        substring_pattern: `${options.ignoreCase ? '(?i)' : ''}${options.pattern}`,
        context_lines_before: Math.max(0, options.contextBefore ?? 0),
        context_lines_after: Math.max(0, options.contextAfter ?? 0),
        ...(include ? { paths_include_glob: include } : {}),
        ...(exclude ? { paths_exclude_glob: exclude } : {}),
      });
      return mapSearch(json, options);
    },

    async findReferencingSymbols(query): Promise<ReferencesResult> {
      const s = await open();
      const found = await find(s, {
        namePath: query.namePath,
        ...(query.path ? { path: query.path } : {}),
        ...(query.kinds ? { kinds: query.kinds } : {}),
        maxResults: 50,
      });
      if (found.total === 0) {
        throw new UsageError('symbol-not-found', `no symbol matches "${query.namePath}"${query.path ? ` in ${query.path}` : ''}`, {
          hint: 'check the name with `ce context find --substring`',
        });
      }
      const targets: SymbolMatch[] = found.matches;
      const answers: unknown[] = [];
      for (const target of targets.slice(0, MAX_REFERENCE_TARGETS)) {
        answers.push(await s.call('find_referencing_symbols', { name_path: target.namePath, relative_path: target.file }));
      }
      return mapReferences(answers, targets, query.maxResults);
    },

    async close() {
      const running = session;
      session = undefined;
      if (running) await (await running.catch(() => undefined))?.close();
    },
  };
}

/**
 * ce's gitignore-style globs as one Serena glob (matched against the whole relative path, with brace
 * alternatives): `*.py` → any depth, `src/core` → that path and everything below it.
 */
export function serenaGlob(patterns: string[] | undefined): string | undefined {
  const alternatives: string[] = [];
  for (const raw of patterns ?? []) {
    const p = raw
      .trim()
      .replace(/^\.\/+/, '')
      .replace(/^\/+/, '');
    if (!p) continue;
    const anchored = raw.trim().startsWith('/') || p.replace(/\/+$/, '').includes('/');
    const base = p.replace(/\/+$/, '');
    const prefix = anchored || base.startsWith('**/') ? '' : '**/';
    if (!p.endsWith('/')) alternatives.push(`${prefix}${base}`);
    alternatives.push(`${prefix}${base}/**`);
  }
  if (alternatives.length === 0) return undefined;
  return alternatives.length === 1 ? alternatives[0] : `{${alternatives.join(',')}}`;
}
