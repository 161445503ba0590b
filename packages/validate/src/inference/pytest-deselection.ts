/**
 * pytest's `-k EXPR` / `-m EXPR` made only of negations (`-k "not test_swt2_iswt2_integration"`,
 * `-m "not integration and not slow"`) deselects: the words after `not` name the tests the run leaves
 * out, so they say nothing about what kind of suite the run is (a unit run skipping one slow
 * integration-named test is still the unit run).
 * https://docs.pytest.org/en/stable/example/markers.html#using-k-expr-to-select-tests-based-on-their-name
 */
const SELECTION = /(^|\s)-[km](?:\s+|=)(?:"([^"]*)"|'([^']*)')/g;
const ONLY_NEGATIONS = /^not\s+[\w.:[\]/-]+(\s+and\s+not\s+[\w.:[\]/-]+)*$/;

/** The line without its deselecting `-k` / `-m` expressions. */
export function withoutDeselections(command: string): string {
  return command.replace(SELECTION, (whole: string, _lead: string, dq?: string, sq?: string) =>
    ONLY_NEGATIONS.test((dq ?? sq ?? '').trim()) ? '' : whole,
  );
}
