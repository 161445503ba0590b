import { levelOfScriptName } from './detector.js';

/**
 * A script named for a UI (`test:ui`) is usually the interactive mode of a runner (`vitest --ui`,
 * `playwright test --ui`, `cypress open`), which is no gate. When CI runs one whose body starts no such
 * mode (`"test:ui": "vitest"` in the UI package: that package's own tests, run once under CI), the name
 * names the package, not the mode, and the rest of the name says what it is.
 */
const INTERACTIVE = /(^|\s)--ui(\s|=|$)|\bcypress\s+open\b|(^|\s)--watch(\s|$)|\bstorybook\s+dev\b/;

export function levelOfUiNamedScript(name: string, body: string | undefined): 1 | 2 | 3 | undefined {
  const m = /^(.+?)[:_-]ui$/i.exec(name);
  if (!m || body === undefined || body.trim() === '' || INTERACTIVE.test(body)) return undefined;
  return levelOfScriptName(m[1] as string);
}
