// vitest setupFiles entry: every test worker starts from the scrubbed environment (see test-env.mjs).
import { scrubProcessEnv } from './test-env.mjs';

scrubProcessEnv();
