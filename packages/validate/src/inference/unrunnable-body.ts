/**
 * A package.json script body that starts with a scoped package's name (`"test": "@playwright/test"`) runs nothing:
 * npm, pnpm, yarn and bun hand the body to the shell, and a word with a `/` is a path to the shell, not
 * a program found on PATH (the package's binaries in node_modules/.bin never hold one). The script
 * fails whenever it is called, so it is no gate; the tool it names is run by other lines, if at all.
 */
const SCOPED_PACKAGE = /^@[\w.-]+\/[\w.-]+(@\S+)?(\s|$)/;

export function isUnrunnableLine(line: string): boolean {
  return SCOPED_PACKAGE.test(line.trim());
}
