import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { git, repoRoot, useTempDir } from '@ce/test-utils';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The real tools a TypeScript fixture declares as devDependencies, taken from the monorepo's install (no network). */
const TOOLS: Record<string, Record<string, string>> = {
  eslint: { eslint: 'bin/eslint.js' },
  '@eslint/js': {},
  'typescript-eslint': {},
  prettier: { prettier: 'bin/prettier.cjs' },
  typescript: { tsc: 'bin/tsc', tsserver: 'bin/tsserver' },
};

/** Gives a fixture a node_modules of symlinks to the monorepo's installed tools, with their .bin entries. */
export function linkNodeTools(dir: string): void {
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  mkdirSync(join(modules, '@eslint'), { recursive: true });
  for (const [name, bins] of Object.entries(TOOLS)) {
    const target = resolve(repoRoot, 'node_modules', name);
    symlinkSync(target, join(modules, name), 'dir');
    for (const [bin, rel] of Object.entries(bins)) symlinkSync(join(target, rel), join(modules, '.bin', bin));
  }
}

/** Copies a fixture into a fresh git repository (committed), optionally with the real node tools linked in. */
export function fixtureRepo(name: string, options: { nodeTools?: boolean } = {}): string {
  const dir = useTempDir('ce-validate-');
  cpSync(join(fixturesDir, name), dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@ce.local');
  git(dir, 'config', 'user.name', 'ce test');
  if (options.nodeTools) linkNodeTools(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'fixture');
  return dir;
}
