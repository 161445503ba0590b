/**
 * Arguments CI passes to a package script. `bun fmt --check`, `npm run format -- --check`: the
 * package manager appends them to the script's command (npm after `--`, pnpm / yarn / bun and
 * `deno task` directly), so they reach the tool the script runs.
 */

/** The words after the script's name in a CI line (`--check` in `npm run format -- --check`). */
export function ciScriptArgs(command: string, name: string): string {
  const words = command.trim().split(/\s+/);
  const at = words.indexOf(name);
  if (at < 0) return '';
  const rest = words.slice(at + 1);
  return (rest[0] === '--' ? rest.slice(1) : rest).join(' ');
}

/**
 * A formatting script (`fmt`, `format`, `prettier`) writes files unless told to check; CI telling it
 * (`bun fmt --check`) makes the step a format check, so its body is judged with CI's arguments.
 */
export function formatBodyWithCiArgs(command: string, name: string, body: string | undefined): string | undefined {
  if (body === undefined || !/^(format|fmt|prettier)$/.test(name.toLowerCase())) return body;
  const args = ciScriptArgs(command, name);
  if (args === '' || body.includes('&&') || body.split(/\r?\n/).filter((l) => l.trim()).length > 1) return body;
  return `${body.trim()} ${args}`;
}
