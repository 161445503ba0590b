import { levelOfScriptName } from './detector.js';

/**
 * A test runner told which of its configured projects to run (jest's `--selectProjects ts-integration`,
 * vitest's `--project e2e` / `--project=e2e`) runs those suites only. When every project named is named
 * for a kind of integration suite, the run is that suite, whatever the script calling the runner is named.
 */
const SELECT = /(?:^|\s)--(selectProjects|project)(?:=(\S+)|((?:\s+[^\s-]\S*)+))/g;

export function selectsIntegrationProjects(command: string): boolean {
  const names = [...command.matchAll(SELECT)].flatMap((m) => (m[2] ?? m[3] ?? '').trim().split(/\s+/)).filter(Boolean);
  return names.length > 0 && names.every((n) => isIntegrationName(n.replace(/^["']|["']$/g, '')));
}

function isIntegrationName(name: string): boolean {
  return levelOfScriptName(name) === 3 || /(^|[-_:])(integrations?|e2e|end-to-end|acceptance)([-_:]|$)/i.test(name);
}
