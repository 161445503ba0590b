import { availableParallelism } from 'node:os';
import { packageTests } from '@ce/build-config/vitest';
import { defineConfig } from 'vitest/config';

// The CLI's tests spend their time in the `ce` processes they spawn, the worker waiting: one worker
// per core, not vitest's default of one less (which leaves the second of 2 cores idle while this,
// the longest task of `npm test`, runs last and alone).
export default defineConfig(packageTests({ maxWorkers: availableParallelism() }));
