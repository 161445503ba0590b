export { writeFileAtomic, ATOMIC_TEMP_PATTERN } from './atomic-write.js';
export { removeDeadTemps } from './dead-temps.js';
export { assertRegularTarget, assertCeFolderConfined } from './regular-target.js';
export { acquireLock, withLock, isProcessAlive, type HeldLock, type LockHolder, type LockOptions } from './lock.js';
export { assertSafeName, isSafeName } from './safe-names.js';
export { resolveInRepo, repoRelative, isInside, findRepoRoot, gitWorkTreeRoot } from './repo-paths.js';
export { cePaths, type CePaths } from './ce-paths.js';
export { ensureRunsFolder } from './runs-folder.js';
