/**
 * hatch's own options come before its command (`hatch -vv run test:nowarn`, `hatch -e test run pip
 * freeze`): verbosity and the environment to use. Without them the line is the `hatch run …` it runs;
 * an environment given by `-e` is what `run` would otherwise take from the script's `env:` prefix.
 */
const VERBOSITY = /^-(v+|q+)$|^--(verbose|quiet)$/;
const ENV_OPTION = /^(-e|--env)$/;

/** The words of a hatch line with its options before `run` left out (`hatch run …`); other lines unchanged. */
export function withoutHatchOptions(words: string[]): string[] {
  if (words[0] !== 'hatch') return words;
  let i = 1;
  while (i < words.length) {
    const w = words[i] as string;
    if (VERBOSITY.test(w) || /^--env=/.test(w)) i += 1;
    else if (ENV_OPTION.test(w)) i += 2;
    else break;
  }
  return i > 1 && words[i] === 'run' ? ['hatch', ...words.slice(i)] : words;
}
