/**
 * A test script whose name says, in any of its parts, that it runs in a browser: `test:production:browser`,
 * `test-esm-browser-build`, `test-headless` (a headless browser), `test-webworker` (a browser's Web Worker),
 * `test:karma`. Such suites are level 3, as `test-browser` and `test-chrome` already are; the kind may
 * come after other words, not only right after `test`.
 */
const BROWSER_PART = /^tests?(?:[:_-]\w+)*?[:_-](browsers?|chrome|chromium|firefox|webkit|safari|headless|webworker|karma)(?:[:_-]\w+)*$/;

/**
 * An end-to-end kind of suite qualified by the platform it runs on (`e2e:web`, `e2e:native`,
 * `integration:android`): still that suite, one per platform.
 */
const ON_PLATFORM =
  /^(e2e|end-to-end|integration|acceptance|functional|smoke)(?:[:_-]tests?)?[:_-](web|native|android|ios|mobile|browser|desktop|electron|node|deno|bun)$/;

export function isBrowserSuiteName(name: string): boolean {
  const n = name.toLowerCase();
  return BROWSER_PART.test(n) || ON_PLATFORM.test(n);
}
