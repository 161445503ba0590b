import { packageBuild } from '@ce/build-config/tsup';
import { defineConfig } from 'tsup';

// Each command and hook is its own entry so that oclif loads only the command being run; the direct
// path (src/direct/) is bin/run.js's own, loaded before oclif.
export default defineConfig({
  ...packageBuild({
    entry: [
      'src/index.ts',
      'src/render-error.ts',
      'src/commands/**/*.ts',
      'src/hooks/*.ts',
      'src/direct/direct-invocation.ts',
      'src/direct/run-direct.ts',
      '!src/**/*.test.ts',
    ],
  }),
  dts: { entry: 'src/index.ts', compilerOptions: { composite: false, customConditions: [] } },
});
