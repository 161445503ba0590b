import { packageBuild } from '@ce/build-config/tsup';
import { defineConfig } from 'tsup';

// The parse worker is its own entry: the pool starts it from dist/parse-worker.js.
export default defineConfig(packageBuild({ entry: { index: 'src/index.ts', 'parse-worker': 'src/indexer/parse-worker.ts' } }));
