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

/** A value taken from the triggering event or run (`${{ github.event.pull_request.base.sha }}`, `${{ github.head_ref }}`). */
const EVENT_VALUE = /\$\{\{\s*(github\.(event|base_ref|head_ref|sha|ref|run_id|run_number)|steps\.|needs\.)/;

/**
 * A setup step's toolchain version (`${{ steps.setup-python.outputs.python-version }}`): which
 * interpreter the run uses, as `--python 3.12` would say, not a value of the pull request. A command
 * reading it (`uv run --python "$PYTHON_VERSION" pytest`) is the project's gate on any tree.
 */
const TOOL_VERSION = /^\s*\$\{\{\s*steps\.[\w-]+\.outputs\.[\w-]*version\s*\}\}\s*$/;

/**
 * Whether the command reads a variable the workflow fills from the pull request or the run
 * (`./scripts/detect-breaking-changes "$BASE_SHA"` with `BASE_SHA: ${{ github.event.pull_request.base.sha }}`):
 * like `$GITHUB_BASE_REF`, it only means something on the CI runner, not as a gate of a working tree.
 */
export function readsEventValue(command: string, env: Record<string, unknown>): boolean {
  for (const m of command.matchAll(/\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)\b/g)) {
    const value = env[(m[1] ?? m[2]) as string];
    if (typeof value === 'string' && EVENT_VALUE.test(value) && !TOOL_VERSION.test(value)) return true;
  }
  return false;
}
