/**
 * A matrix key computed from another job's output (`session: ${{ fromJson(needs.list.outputs.sessions) }}`)
 * where that job lists a runner's sessions (`nox --json -t tests -l | jq …`): each row runs one listed
 * session (`nox -s "${{ matrix.session.session }}"`), so the rows together run what the listing
 * selected — `nox -t tests`, or every session when the listing selects none (a bare `nox`).
 */
const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** The selecting options of a listing line (`-t tests`, `--sessions a b`, `-k expr`, `-p 3.12`, tox's `-m`/`-f`). */
function selectionOf(line: string): string | undefined {
  const listing = /(^|\s)(nox|tox)(\s.*)?\s(-l|--list|--list-sessions|--listenvs|-a)(\s|$)|(^|\s)tox\s+list(\s|$)/.exec(line);
  if (!listing) return undefined;
  const options = [...line.matchAll(/(?:^|\s)(-t|--tags|-s|--sessions?|-k|-p|--python|-m|-f|-e)\s+((?:["'][^"']*["'])|[^\s|-][^\s|]*)/g)];
  return options.map((m) => `${m[1]} ${m[2]}`).join(' ');
}

/** The listing job's selection for each matrix key computed from its output. */
export function listedSelections(jobs: Record<string, unknown>, job: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  const matrix = asRecord(asRecord(job['strategy'])?.['matrix']) ?? {};
  for (const [key, value] of Object.entries(matrix)) {
    const from = typeof value === 'string' ? /fromJson\(\s*needs\.([\w-]+)\.outputs\./i.exec(value)?.[1] : undefined;
    const steps = from === undefined ? undefined : asRecord(jobs[from])?.['steps'];
    if (!Array.isArray(steps)) continue;
    for (const step of steps) {
      const run = asRecord(step)?.['run'];
      const selection =
        typeof run === 'string'
          ? run
              .split(/\r?\n/)
              .map(selectionOf)
              .find((s) => s !== undefined)
          : undefined;
      if (selection !== undefined) out.set(key, selection);
    }
  }
  return out;
}

/** `nox -r -s "${{ matrix.session.session }}"` with the listing's selection put in for the row's session. */
export function withListedSelection(command: string, selections: ReadonlyMap<string, string>): string {
  return command.replace(
    /(\s)(-s|--session|--sessions|-e)\s+["']?\$\{\{\s*matrix\.([\w-]+)(?:\.[\w.-]+)?\s*\}\}["']?/,
    (whole, space: string, _flag: string, key: string) => {
      const selection = selections.get(key);
      if (selection === undefined) return whole;
      return selection === '' ? '' : `${space}${selection}`;
    },
  );
}
