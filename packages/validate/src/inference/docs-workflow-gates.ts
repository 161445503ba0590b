/**
 * A workflow named for the documentation (`docs.yml`, "Documentation") that runs on pull requests
 * may also run the project's code gates beside the site build (`dotnet format --verify-no-changes`,
 * the website's typecheck, unit and browser tests): those steps gate every pull request like any
 * other, so the workflow is judged by what its steps run, not by its name. Steps that only build,
 * check or ship the documentation (`mkdocs build`, `./tools/docs/test.ps1`, `npm run docs:build`)
 * still stay out.
 */

/** The workflow's names say documentation (and no release, deploy or other foreign word beside it). */
const DOCS_NAME = /(^|[\W_])(docs?|documentation)([\W_]|$)/i;
/** Words of a command that run a code check or test suite. */
const CODE_GATE =
  /(^|[\s:/_-])(test|tests|lint|typecheck|type-check|tsc|mypy|pyright|eslint|prettier|format|fmt|vitest|jest|pytest|playwright)([\s:/_-]|$)/i;
/** Words of a command about the documentation itself. */
const DOCS_COMMAND = /(^|[\W_])(docs?|documentation|mkdocs|sphinx(-build)?|doctests?|docusaurus|vitepress|typedoc|docfx)([\W_]|$)/i;

/**
 * Whether a workflow left out by its names (`foreign`) is so only for its documentation words: without
 * them (`docs.yml` → `.yml`) nothing foreign is left, so its code gates are kept.
 */
export function keepsOnlyCodeGates(named: string, foreign: RegExp): boolean {
  if (!DOCS_NAME.test(named) || !foreign.test(named)) return false;
  return !foreign.test(named.replace(new RegExp(DOCS_NAME.source, 'gi'), ' '));
}

/** A command of a documentation workflow that is a code gate, not the documentation's build or check. */
export function isCodeGateOfDocsWorkflow(command: string): boolean {
  return CODE_GATE.test(command) && !DOCS_COMMAND.test(command);
}
