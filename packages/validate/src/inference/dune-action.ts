/**
 * ocaml-dune/setup-dune installs dune and, with its default `steps: all`, builds the project's
 * dependencies, builds the project and runs `dune runtest` (its setupdune.sh): the project's test suite,
 * as a developer runs it. A `steps` list naming `runtest` runs it too; other lists only install or build.
 */
const SETUP_DUNE = /^ocaml-dune\/setup-dune@/;

export function setupDuneRun(uses: string, inputs: Record<string, unknown> | undefined): string | undefined {
  if (!SETUP_DUNE.test(uses)) return undefined;
  const steps = inputs?.['steps'];
  const all = steps === undefined || steps === 'all';
  return all || (typeof steps === 'string' && /(^|\s)runtest(\s|$)/.test(steps)) ? 'dune runtest' : undefined;
}
