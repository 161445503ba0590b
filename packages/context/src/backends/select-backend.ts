import { loadConfig, UsageError } from '@ce/core';
import type { BackendInfo, ContextBackend } from './context-backend.js';
import { localBackend } from './local-backend.js';
import { serenaBackend } from './serena-backend.js';

/**
 * Runs one query on the configured backend: Serena over MCP when `serena.enabled` (and
 * `serena.command`) are set, the local index otherwise. When Serena cannot be started or fails,
 * the local index answers and the result says why (`backend: "local"`, `warnings`). Usage errors
 * (an empty name path, a path outside the repository, an unknown symbol) are the caller's, not the
 * backend's, and are thrown as they are.
 */
export async function withContextBackend<T extends object>(
  root: string,
  query: (backend: ContextBackend) => Promise<T>,
): Promise<T & BackendInfo> {
  const { serena } = loadConfig(root).config;
  const warnings: string[] = [];
  if (serena.enabled && serena.command) {
    const backend = serenaBackend(root, { command: serena.command, args: serena.args });
    try {
      return { ...(await query(backend)), backend: 'serena' };
    } catch (error) {
      if (error instanceof UsageError) throw error;
      warnings.push(`Serena did not answer (${(error as Error).message.split('\n')[0] ?? ''}); answered from the local index`);
    } finally {
      await backend.close();
    }
  } else if (serena.enabled) {
    warnings.push('serena.enabled is true but serena.command is not set in .ce/config.yml; answered from the local index');
  }
  const result = await query(localBackend(root));
  return { ...result, backend: 'local', ...(warnings.length > 0 ? { warnings } : {}) };
}
