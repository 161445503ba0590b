// Build step after tsup:
// 1. copies each grammar's wasm (and the grammar package's licence) into dist/grammars/, so the
//    published package ships 5 MB of wasm instead of depending on 87 MB of grammar packages;
// 2. puts back the `/// <reference types="emscripten" />` that tsup's declaration bundler drops:
//    web-tree-sitter's types use Emscripten's global types without referencing them, so a strict
//    consumer (skipLibCheck off, a `types` list) fails without it.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

const dts = new URL('../dist/index.d.ts', import.meta.url);
const reference = '/// <reference types="emscripten" />\n';
const declarations = readFileSync(dts, 'utf8');
if (!declarations.startsWith(reference)) writeFileSync(dts, reference + declarations);
