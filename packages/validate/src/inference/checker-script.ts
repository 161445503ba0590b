/**
 * A script named for checking one thing (`check:command-jsdoc`, `check-no-focused-tests`) whose body
 * runs one program of the repository's own (`tsx scripts/check-command-jsdoc.ts`, `node
 * scripts/check-no-focused-tests.js`): the project wrote a checker and CI runs it, a level-1 gate. The
 * name alone says nothing certain (`check` may build), the program alone neither (`node scripts/x.js`
 * may generate); together they do.
 */
const CHECK_NAME = /^check[:_-]([\w:.-]+)$/i;

/**
 * Housekeeping of the repository rather than its code: dependencies, versions, releases, sizes,
 * packaging, links. Those checks are hygiene (the issue's `manypkg check`), not a gate.
 */
const HOUSEKEEPING =
  /(^|[:_.-])(deps|dependencies|updates?|outdated|versions?|engines|lockfile|lock|changesets?|release|publish|pack|package|licen[cs]es?|size|bundle|exports|links?|build|node|env)([:_.-]|$)/i;

/** One run of a JS/TS program file by a runtime (`node scripts/x.js`, `tsx scripts/x.ts`, `deno run -A x.ts`). */
const OWN_PROGRAM =
  /^(?:node|tsx|ts-node|bun|bun\s+run|deno\s+run)(?:\s+-[-\w=.]+)*\s+(?:\.\/)?(?:[\w.-]+\/)*[\w.-]+\.(?:[cm]?js|[cm]?ts)(?:\s+[^&|;]*)?$/;

export function isCheckerScript(name: string, body: string | undefined): boolean {
  const what = CHECK_NAME.exec(name)?.[1];
  if (what === undefined || HOUSEKEEPING.test(what) || body === undefined) return false;
  const lines = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length === 1 && OWN_PROGRAM.test(lines[0] as string);
}
