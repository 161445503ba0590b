/**
 * `concurrently` runs each of its positional arguments as a command of its own, and expands the
 * documented shortcut `<pm>:<script> [args]` (`npm:lint`, `pnpm:test --coverage`, `yarn:x`, `bun:x`)
 * to `<pm> run <script> [args]`. CI's `concurrently --group "pnpm:lint" "pnpm:format"` is therefore
 * two gates, each of its own level, not one opaque command.
 */

/** concurrently options that take the next word as their value (`--prefix none`, `-n a,b`). */
const VALUE_OPTIONS =
  /^(-p|--prefix|-n|--names|--name-separator|-c|--prefix-colors|-m|--max-processes|-s|--success|--restart-tries|--restart-after|-l|--prefix-length|-t|--timestamp-format|--default-input-target|-ks|--kill-signal|--hide|--cwd|--pad-prefix|-P|--passthrough-arguments)$/;

/** Words of a line, a quoted argument kept as one word without its quotes. */
function quotedWords(command: string): string[] {
  return [...command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? (m[3] as string));
}

/** `pnpm:test --coverage` → `pnpm run test --coverage`; any other argument is its own command. */
function expandShortcut(argument: string): string {
  const m = /^(npm|pnpm|yarn|bun):(\S+)(.*)$/.exec(argument.trim());
  return m ? `${m[1]} run ${m[2]}${m[3]}`.trim() : argument.trim();
}

/** The commands a `concurrently` (or `npx concurrently`) line runs, or undefined for any other line. */
export function splitConcurrently(command: string): string[] | undefined {
  const words = quotedWords(command);
  const at = words.indexOf('concurrently');
  if (at < 0 || at > 2 || (at > 0 && !/^(npx|pnpx|bunx|pnpm|yarn|exec)$/.test(words[0] as string))) return undefined;
  const commands: string[] = [];
  for (let i = at + 1; i < words.length; i++) {
    const w = words[i] as string;
    if (w.startsWith('-')) {
      if (VALUE_OPTIONS.test(w)) i++;
      continue;
    }
    commands.push(expandShortcut(w));
  }
  return commands.length > 0 ? commands : undefined;
}
