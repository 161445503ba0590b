/**
 * poetry's and pdm's own options come before their command (`poetry --ansi run poe style`,
 * `poetry -C sub run pytest`, `pdm -v run test`): output, verbosity and which project to use. Without
 * them the line is the `poetry run …` / `pdm run …` it runs, as both tools document their global
 * options ahead of the command.
 */
const MANAGERS = new Set(['poetry', 'pdm']);
/** Global options that take the next word as their value (the project's folder). */
const VALUE_OPTIONS = /^(-C|--directory|-P|--project|-p)$/;

/** The words of a poetry/pdm line with its options before `run` left out; other lines unchanged. */
export function withoutManagerOptions(words: string[]): string[] {
  if (!MANAGERS.has(words[0] ?? '')) return words;
  let i = 1;
  while (i < words.length && (words[i] as string).startsWith('-')) i += VALUE_OPTIONS.test(words[i] as string) ? 2 : 1;
  return i > 1 && words[i] === 'run' ? [words[0] as string, ...words.slice(i)] : words;
}
