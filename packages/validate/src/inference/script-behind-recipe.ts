import type { ProjectDir } from './project-dir.js';

/**
 * A script file a Makefile recipe runs with the settings it needs (`test-only: BABEL_ENV=test
 * ./scripts/test.sh`) is reached through that recipe: run bare it lacks those settings, so it is not
 * an entry point of its own ("scripts to rule them all") beside the recipe.
 */
export function runBehindRecipe(dir: ProjectDir, path: string): boolean {
  const makefile = ['Makefile', 'makefile', 'GNUmakefile'].map((f) => dir.read(f)).find((t) => t !== undefined) ?? '';
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const settings = /^\t(?:@?-?\s*)(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)+/.source;
  return new RegExp(`${settings}(?:(?:ba|z)?sh\\s+)?(?:\\./)?${escaped}(?:\\s|$)`, 'm').test(makefile);
}
