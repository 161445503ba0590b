import { packageTests } from '@ce/build-config/vitest';
import { defineConfig } from 'vitest/config';

// Executions run real git, real gates and a real agent program: a minute is a fair bound on a loaded machine.
export default defineConfig(packageTests({ testTimeout: 120_000 }));
