import { loadConfig } from './load-config.js';
import type { CeConfig } from './config-types.js';

export interface ProjectStatus {
  version: string;
  root: string;
  /** The config file in use, or null when the defaults apply. */
  configFile: string | null;
  /** The effective configuration (file, then `CE_*` overrides, then defaults). */
  config: CeConfig;
}

/** `ce status` / the MCP `status` tool: the ce version, repository root and effective configuration. */
export function projectStatus(root: string, version: string): ProjectStatus {
  const loaded = loadConfig(root);
  return { version, root, configFile: loaded.exists ? loaded.file : null, config: loaded.config };
}
