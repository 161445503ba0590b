export { useTempDir, writeTree, readTree } from './fixture-tree.js';
export { gitRepo, git } from './git-repo.js';
export { runCe, ceBinPath, repoRoot, type CeRun } from './run-ce.js';
export { spawnSourceScript, SOURCE_NODE_FLAGS } from './spawn-source.js';
export { connectCeMcp } from './ce-mcp-client.js';
export { caseTimeMs, fuzzParser, textOf, stretched, fc, type FuzzReport } from './fuzz.js';
export { runAndKillWhen, type KillOutcome, type KillWhenOptions, type KillWindow } from './kill-when.js';
