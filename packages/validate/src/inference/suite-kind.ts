/**
 * Kinds of suite that run the built project as a whole (integration, end-to-end, smoke, …), read from
 * a test-family script's name or from the folder a runner is pointed at.
 */
const KIND = '(integration|int|it|e2e|end-to-end|acceptance|functional|system|smoke|interop|conformance)';

/**
 * `test:smoke:cjs`, `test:integration:a`, `cover:integration:b`: a test (or coverage) script whose
 * second part is a kind of suite is that suite whatever the parts after it say (a runtime, a shard,
 * a module format).
 */
export function isSuiteKindScriptName(name: string): boolean {
  return new RegExp(`^(tests?|cover|coverage|spec)[:_-]${KIND}[:_-][\\w:.-]+$`).test(name.toLowerCase());
}

/**
 * `node ./test/it/build-npm.test.js`, `bun test ./test/smoke/bun.test.js`: a test run of files in a
 * folder named for a kind of suite (`it/` is the integration-test folder by the Maven convention that
 * JavaScript projects borrow) is that suite. `kindLevel` is the level of the line with the folder
 * left out: only a test run (level 2) is moved.
 */
export function runsSuiteKindFolder(command: string, kindLevel: (line: string) => number | undefined): boolean {
  const folder = /(^|\s|\/)(it|smoke|smoke-tests?)\/(?=\S)/;
  return folder.test(command) && kindLevel(command.replace(new RegExp(folder.source, 'g'), '$1')) === 2;
}
