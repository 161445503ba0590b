/**
 * Toolkit CLIs that wrap the usual tools behind subcommands of their own (kcd-scripts, used across the
 * testing-library family and many small packages): `kcd-scripts lint` is eslint, `test` jest,
 * `typecheck` tsc, `format` prettier writing unless given `--no-write`. Read as the tool it runs, a
 * script's body is judged like any other (`format -- --check --no-write` is a format check).
 */
const TOOLKIT_LINE = /^((?:npx\s+)?kcd-scripts)\s+(format|lint|test|typecheck)\b(.*)$/;

const TOOL: Record<string, string> = { lint: 'eslint', test: 'jest', typecheck: 'tsc' };

function asTool(sub: string, rest: string): string {
  if (sub !== 'format') return `${TOOL[sub] as string}${rest}`;
  // kcd-scripts adds prettier's `--write` unless told `--no-write`.
  const writes = !/(^|\s)--no-write(\s|$)/.test(rest);
  const args = rest.replace(/(^|\s)--no-write(?=\s|$)/g, '');
  return `prettier${writes ? ' --write' : ''}${args}`;
}

export function throughToolkit(body: string | undefined): string | undefined {
  if (body === undefined) return undefined;
  return body
    .split(/\r?\n/)
    .map((line) => {
      const m = TOOLKIT_LINE.exec(line.trim());
      return m ? asTool(m[2] as string, m[3] as string) : line;
    })
    .join('\n');
}

/**
 * `kcd-scripts validate` runs the package's own `build`, `lint`, `test` and `typecheck` scripts
 * (those it has): the body of an umbrella, given as those script runs.
 */
export function toolkitUmbrella(body: string | undefined): string | undefined {
  if (body === undefined || !/^(?:npx\s+)?kcd-scripts\s+validate(\s|$)/.test(body.trim())) return undefined;
  return ['npm run build', 'npm run lint', 'npm test', 'npm run typecheck'].join('\n');
}
