/**
 * JavaScript linters that wrap ESLint in a configuration of their own and are run by their own name:
 * xo, standard (and its ts-standard / semistandard / standardx forks). `npx xo` fails on lint errors as
 * `eslint .` does, so a CI line running one is the project's lint gate.
 */
const JS_LINTER =
  /^(?:npx\s+(?:--yes\s+|-y\s+)?|pnpm\s+(?:exec\s+|dlx\s+)?|yarn\s+(?:dlx\s+)?|bunx\s+|bun\s+x\s+)?(?:\.\/node_modules\/\.bin\/)?(xo|standard|ts-standard|semistandard|standardx)(\s|$)/;

/** Whether a command line runs one of these linters (a fixer run, `xo --fix`, is judged before this). */
export function isJsLinterLine(command: string): boolean {
  return JS_LINTER.test(command.trim());
}
