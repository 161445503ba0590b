// Shared tsup settings: every @ce package builds to ESM + .d.ts the same way.
// A package's tsup.config.ts is `export default packageBuild()` (or with extra entries).

/** @param {{entry?: string[] | Record<string,string>, external?: string[]}} [options] */
export function packageBuild(options = {}) {
  return {
    entry: options.entry ?? ['src/index.ts'],
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    external: options.external ?? [],
    // tsc does the type-checking (typecheck target); tsup only emits declarations.
    // composite must be off for the dts build (TS6307), and the @ce/source condition off so that
    // sibling packages resolve to their built .d.ts instead of being inlined.
    dts: { compilerOptions: { composite: false, customConditions: [] } },
  };
}
