/**
 * BSFishy/meson-build runs meson for the step: it configures the build folder (`directory`, `build` by
 * default, with `setup-options`) and then does what its `action` input names. `action: test` is the
 * project's meson test suite, as `meson setup build && meson test -C build` runs it; the other actions
 * (build, install, coverage, tidy) gate no test of their own here.
 */
const MESON_BUILD_ACTION = /^BSFishy\/meson-build@/;

export function mesonActionRun(uses: string, inputs: Record<string, unknown> | undefined): string | undefined {
  if (!MESON_BUILD_ACTION.test(uses) || inputs?.['action'] !== 'test') return undefined;
  const dir = typeof inputs['directory'] === 'string' && !inputs['directory'].includes('${{') ? inputs['directory'] : 'build';
  const setup =
    typeof inputs['setup-options'] === 'string' && !inputs['setup-options'].includes('${{') ? ` ${inputs['setup-options']}` : '';
  const options = typeof inputs['options'] === 'string' && !inputs['options'].includes('${{') ? ` ${inputs['options']}` : '';
  return `meson setup ${dir}${setup} && meson test -C ${dir}${options}`;
}
