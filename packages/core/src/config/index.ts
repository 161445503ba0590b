export { loadConfig, defaultConfig, type LoadedConfig } from './load-config.js';
export { cachedConfigPart, checkConfig } from './cached-config.js';
export { configSchema } from './config-schema.js';
export { projectStatus, type ProjectStatus } from './project-status.js';
export type { CeConfig, CommandSpec, ProviderConfig } from './config-types.js';
