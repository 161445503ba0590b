/**
 * Jobs of one workflow often run the same pytest suite with other reporting, parallelism or coverage
 * options (`pytest -ra --showlocals --cov -n auto --durations=20` on Linux, `python -m pytest -n auto
 * -ra -m "not virtualenv"` on Cygwin, `pytest` in a container): one gate, each a way of running it on
 * that machine. Options that only report, parallelise, measure or deselect a few tests (`-m "not x"`)
 * change nothing of what the suite is; the paths, `-k` and positive `-m` selections do.
 */
const FLAG =
  /^(-r\w*|-v+|-q+|-l|-x|-s|--showlocals|--strict-markers|--strict-config|--no-header|--cov|--no-cov|--instafail|--color=\S+|--durations=\S+|--cov=\S+|--cov-report=\S+|--cov-config=\S+|--cov-branch|--cov-append|--tb=\S+|--junitxml=\S+|--junit-xml=\S+|-W\S+|-n\S+|--numprocesses=\S+|--dist=\S+|--maxfail=\S+|--timeout=\S+|-p\S+|--benchmark-skip|--import-mode=\S+)$/;
const WITH_VALUE = /^(--durations|--cov|--cov-report|--cov-config|--tb|--junitxml|-W|-n|--numprocesses|--dist|--maxfail|--timeout|-p)$/;

/** The suite a pytest line runs, its options of reporting and machine left out; undefined for other lines. */
export function pytestSuite(command: string): string | undefined {
  const words = command
    .trim()
    // The environment it runs in (`pdm run -v pytest`, `uv run pytest`) is the same project's.
    .replace(/^(?:(?:uv|poetry|pdm|pipenv|rye)\s+run\s+(?:-\S+\s+)*)?/, '')
    .replace(/^python3?\s+-m\s+pytest(?=\s|$)/, 'pytest')
    .replace(/\s-m\s+(["'])not [^"']*\1/g, ' ')
    .trim()
    .split(/\s+/);
  if (words[0] !== 'pytest') return undefined;
  const kept: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    // `--cov` alone and `--cov src`: the value (if any) names what is measured, not what runs.
    if (WITH_VALUE.test(w) && w !== '--cov') i++;
    else if (
      w === '--cov' &&
      words[i + 1] !== undefined &&
      !(words[i + 1] as string).startsWith('-') &&
      !/[/.]|^tests?$/.test(words[i + 1] as string)
    )
      i++;
    else if (!FLAG.test(w)) kept.push(w);
  }
  return ['pytest', ...kept].join(' ');
}
