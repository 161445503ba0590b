// Runs inside the temporary project: the parts a user may not have installed. TypeScript is an
// optional peer of @ce/validate (the project's own compiler is used), and @ce/parse loads a
// grammar only when a file of its language is parsed; both say what to install when missing.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const [typescriptDir] = process.argv.slice(2);
const { removeUnusedImports } = await import('@ce/validate');
const project = mkdtempSync(join(tmpdir(), 'ce-ts-'));
writeFileSync(join(project, 'a.ts'), "import { join } from 'node:path';\nexport const a = 1;\n");
writeFileSync(join(project, 'package.json'), '{"name":"p","private":true}');
process.chdir(project);
await assert.rejects(removeUnusedImports(project, ['a.ts']), { code: 'typescript-missing', exitCode: 2 });
process.stdout.write('  without TypeScript: typescript-missing (exit 2)\n');

// The project's own TypeScript (linked here from the monorepo instead of installed).
mkdirSync(join(project, 'node_modules'));
symlinkSync(typescriptDir, join(project, 'node_modules', 'typescript'), 'dir');
// The loader keeps only a compiler it found, so the call after the failed one looks again.
assert.deepEqual(await removeUnusedImports(project, ['a.ts']), ['a.ts']);
process.stdout.write("  with the project's own TypeScript: the unused import is removed\n");

const { parseSource } = await import('@ce/parse');
const grammars = join(dirname(fileURLToPath(import.meta.resolve('@ce/parse'))), 'grammars');
rmSync(join(grammars, 'tree-sitter-go.wasm'));
await assert.rejects(parseSource('go', 'package main\n'), { code: 'grammar-missing', exitCode: 2, hint: /npm install tree-sitter-go/ });
process.stdout.write('  a missing grammar: grammar-missing (exit 2) naming tree-sitter-go\n');
