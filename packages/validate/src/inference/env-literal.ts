/**
 * GitHub Actions exports the workflow's, job's and step's `env:` entries to the shell of each `run:`
 * step: `hatch run ${HATCH_ENV}:test` with `env: HATCH_ENV: cov` runs `hatch run cov:test`. A value
 * that is one literal word is put in; one made of expressions (`${{ matrix.x }}`, left to the matrix
 * expansion) or of several words stays a variable, as does a variable the step sets itself.
 */
const LITERAL = /^[\w.:/@+,=-]+$/;

export function withEnvLiterals(command: string, env: Record<string, unknown>): string {
  return command.replace(/\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)\b/g, (whole, braced?: string, bare?: string) => {
    const value = env[(braced ?? bare) as string];
    return typeof value === 'string' && LITERAL.test(value.trim()) ? value.trim() : whole;
  });
}
