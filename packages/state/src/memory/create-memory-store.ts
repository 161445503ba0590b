import { loadConfig, type CeConfig } from '@ce/core';
import { memoryDirOf } from '../with-state.js';
import { FileMemoryStore } from './file-memory-store.js';
import { McpMemoryStore } from './mcp-memory-store.js';
import type { MemoryStore } from './memory-types.js';

/**
 * The memory backend the configuration asks for (`memory.backend`, default the file folder
 * `memory.dir`). Pass `config` to override the loaded `.ce/config.yml` section.
 */
export function createMemoryStore(root: string, config?: Partial<CeConfig['memory']>): MemoryStore {
  const settings = { ...loadConfig(root).config.memory, ...config };
  if (settings.backend === 'mcp') {
    return new McpMemoryStore({ command: settings.mcp?.command, args: settings.mcp?.args ?? [], cwd: root });
  }
  return new FileMemoryStore(root, memoryDirOf(root, settings));
}
