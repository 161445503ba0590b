// Build step: copies each grammar's wasm (and the grammar package's licence) into dist/grammars/,
// so the published package ships 5 MB of wasm instead of depending on 87 MB of grammar packages.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LANGUAGES } from '../dist/index.js';

const require = createRequire(import.meta.url);
const out = new URL('../dist/grammars/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const spec of Object.values(LANGUAGES)) {
  const dir = dirname(require.resolve(`${spec.package}/package.json`));
  copyFileSync(join(dir, spec.wasm), new URL(spec.wasm, out));
  copyFileSync(join(dir, 'LICENSE'), new URL(`${spec.package}.LICENSE`, out));
}
