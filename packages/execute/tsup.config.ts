import { packageBuild } from '@ce/build-config/tsup';
import { defineConfig } from 'tsup';

export default defineConfig(packageBuild());
