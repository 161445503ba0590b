export { fixLevel1, type FixOptions, type FixResult, type AppliedFix } from './self-heal.js';
export { fixersFirst, fixersForCommand, type FixFirstResult } from './fix-first.js';
export { fixReported, reportedFiles, type ReportedFixResult } from './fix-reported.js';
export { removeUnusedImports, filesWithUnusedImports } from './typescript-fixes.js';
export { plannedFixers, localBin, type FixerRun } from './project-fixers.js';
export { WorktreeGuard, dirtyFiles } from './worktree-guard.js';
