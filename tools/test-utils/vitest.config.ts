import { packageTests } from '@ce/build-config/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig(packageTests());
