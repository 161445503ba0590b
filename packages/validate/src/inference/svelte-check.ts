/**
 * `svelte-check` is Svelte's type checker (svelte.dev: "provides diagnostics for … type errors"): it
 * runs TypeScript over the `.svelte` files as `vue-tsc` does for Vue, and fails the build on errors.
 * A line running it is a type check whatever folder it is given (`svelte-check --workspace test`
 * names the folder to check, not a test run).
 */
const SVELTE_CHECK = /(^|\s|\/)svelte-check(\s|$)/;

export function isSvelteCheckLine(command: string): boolean {
  return SVELTE_CHECK.test(command);
}
