// @ce/core: the kernel every ce package shares. Public API: only what is exported here.
export * from './errors/index.js';
export * from './config/index.js';
export * from './documents/index.js';
export * from './prp/index.js';
export * from './process/index.js';
export * from './fs/index.js';
export * from './log/index.js';
export * from './retry/index.js';
export * from './project/index.js';
export * from './parsing/index.js';
export { isoNow, compactTimestamp } from './time.js';
export { VERSION } from './version.js';
