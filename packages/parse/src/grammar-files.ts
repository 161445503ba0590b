import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type LanguageId } from './languages.js';

const require = createRequire(import.meta.url);

/**
 * Where a language's grammar wasm is. A published @ce/parse ships only the grammars' wasm files
 * in `dist/grammars/` (copied at build from the grammar packages, with their licences): the
 * grammar packages themselves weigh 87 MB with their C sources and native prebuilds, the wasm
 * files 5 MB. An installed grammar package (a development checkout, or a user who wants another
 * release of a grammar) is the fallback. Missing both is a CeError that names what to install.
 */
export async function grammarWasmPath(id: LanguageId): Promise<string> {
  const spec = LANGUAGES[id];
  const shipped = fileURLToPath(new URL(`./grammars/${spec.wasm}`, import.meta.url));
  if (existsSync(shipped)) return shipped;
  try {
    return join(dirname(require.resolve(`${spec.package}/package.json`)), spec.wasm);
  } catch (cause) {
    // Loaded only here: the parse workers must not pay for @ce/core's config stack.
    const { UsageError } = await import('@ce/core');
    throw new UsageError('grammar-missing', `the tree-sitter grammar for ${id} (${spec.wasm}) is not installed`, {
      hint: `reinstall @ce/parse, or install the grammar package: npm install ${spec.package}`,
      cause,
      details: { language: id, package: spec.package },
    });
  }
}
