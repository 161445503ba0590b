/**
 * The commands of a script body (a package.json script, a recipe, a hatch script, a CI `run:`): one per
 * line or per `&&` / `;` link, trimmed, blanks and comment lines dropped. Every reader of a body
 * splits it the same way, so a body means the same thing to each rule.
 */
export function commandLines(body: string): string[] {
  return body
    .split(/\r?\n|\s&&\s|;\s/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
