import fc from 'fast-check';

/** What one parser did with its fuzz cases. */
export interface FuzzReport {
  name: string;
  cases: number;
  /** Inputs the parser accepted. */
  parsed: number;
  /** Inputs it refused with a typed error (a `CeError`: code, message, exit code). */
  refused: number;
  /** The slowest single case, in milliseconds. */
  slowestMs: number;
}

/** Duck-typed so that test-utils needs no dependency on @ce/core: a CeError has a code and an exit code. */
function isTypedRefusal(error: unknown): boolean {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { exitCode?: unknown }).exitCode === 'number'
  );
}

/** Whether `run` returned or threw a typed refusal; any other error is rethrown for fast-check to shrink. */
function attempt(run: () => unknown): 'parsed' | 'refused' {
  try {
    run();
    return 'parsed';
  } catch (error) {
    if (isTypedRefusal(error)) return 'refused';
    throw error;
  }
}

/**
 * CPU milliseconds (user + system, this process) of one call of `run`. Not wall time: on a loaded
 * machine (CI runs test tasks side by side on two cores) a call waits for the CPU for as long again
 * as it runs, while a parser that backtracks burns its seconds of CPU whatever the load.
 */
function timed(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/**
 * The case's time: one call, or the fastest of up to three when the first is over `limitMs`: the first case
 * also pays for lazy set-up (module loading, schema compilation), and one call can meet a garbage
 * collection of hundreds of milliseconds; a parser that is not linear is slow every time, so the
 * limit still catches it.
 */
export function caseTimeMs(run: () => unknown, limitMs: number): number {
  let fastest = timed(run);
  for (let again = 0; again < 2 && fastest > limitMs; again++) fastest = Math.min(fastest, timed(run));
  return fastest;
}

/**
 * Runs `parse` on `runs` generated inputs: each input must be accepted or refused with a typed
 * error (a CeError), never crash with anything else, and take under `maxCaseMs`. Throws the
 * shrunk counterexample otherwise. Prints the figure (cases, accepted, refused, slowest case),
 * which is the point of a reliability suite.
 */
export function fuzzParser<T>(
  name: string,
  input: fc.Arbitrary<T>,
  parse: (value: T) => unknown,
  options: { runs?: number; seed?: number; maxCaseMs?: number } = {},
): FuzzReport {
  const report: FuzzReport = { name, cases: 0, parsed: 0, refused: 0, slowestMs: 0 };
  const maxCaseMs = options.maxCaseMs ?? 2_000;
  const began = performance.now();
  const cpu = process.cpuUsage();
  fc.assert(
    fc.property(input, (value) => {
      let outcome: 'parsed' | 'refused' = 'parsed';
      const took = caseTimeMs(() => (outcome = attempt(() => parse(value))), maxCaseMs);
      report.cases++;
      report.slowestMs = Math.max(report.slowestMs, took);
      report[outcome]++;
      if (took > maxCaseMs) throw new Error(`one case took ${took.toFixed(0)} ms (limit ${maxCaseMs} ms)`);
    }),
    { numRuns: options.runs ?? 1_000, seed: options.seed },
  );
  const used = process.cpuUsage(cpu);
  console.log(
    `fuzz ${name}: ${report.cases} cases, ${report.parsed} parsed, ${report.refused} refused with a CeError, 0 crashes, slowest ${report.slowestMs.toFixed(1)} ms (limit ${maxCaseMs} ms), ${((performance.now() - began) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`,
  );
  return report;
}

/** Text built from `fragments` (the syntax a parser cares about) mixed with arbitrary strings. */
export function textOf(fragments: readonly string[], maxParts = 40): fc.Arbitrary<string> {
  const part = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...fragments) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '\n',
        '\r\n',
        '\n\n',
        '  ',
        '\t',
        ':',
        '- ',
        '#',
        '`',
        '```',
        '---',
        '"',
        "'",
        '[',
        ']',
        '{',
        '}',
        '*',
        '&a',
        '*a',
        '!!str',
        '|',
        '>',
      ),
    },
  );
  return fc.array(part, { maxLength: maxParts }).map((parts) => parts.join(''));
}

/**
 * Text where one fragment (or a single character) is repeated thousands of times between others:
 * the inputs that make a backtracking regular expression quadratic or worse (a run of spaces, of
 * `[`, of `[a](`). With a per-case time bound, a parser that is not linear fails here.
 */
export function stretched(fragments: readonly string[], maxRepeat = 20_000): fc.Arbitrary<string> {
  const piece = fc.oneof(fc.constantFrom(...fragments), fc.constantFrom(' ', '\t', '[', '(', '*', '`', '/', '.', ':', '#', '-', 'a'));
  return fc
    .tuple(
      fc.constantFrom(...fragments),
      piece,
      fc.integer({ min: 500, max: maxRepeat }),
      fc.constantFrom('', 'x', '!', '\u2028', '\r', ...fragments),
    )
    .map(([before, run, times, after]) => `${before}${run.repeat(Math.ceil(times / Math.max(1, run.length)))}${after}`);
}

export { fc };
