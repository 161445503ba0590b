export { fixLevel1, type FixOptions, type FixResult, type AppliedFix } from './self-heal.js';
export { removeUnusedImports, filesWithUnusedImports } from './typescript-fixes.js';
export { plannedFixers, localBin, type FixerRun } from './project-fixers.js';
export { WorktreeGuard, dirtyFiles } from './worktree-guard.js';
