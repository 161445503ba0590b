import { levelOfScriptName } from './detector.js';
import type { GateLevel } from './types.js';

/**
 * A Rush monorepo's CI calls Rush through the launcher it commits (`node
 * common/scripts/install-run-rush.js retest --verbose`, which installs the pinned Rush and runs it) or
 * as `rush <command>`. Rush's own commands set up, build or publish (`install`, `change --verify`,
 * `check`, `build`, `rebuild`, `publish`); the project's commands (common/config/rush/command-line.json)
 * are what their names say, and Rush names a command's non-incremental twin with `re` (`test` /
 * `retest`, as `build` / `rebuild`): `retest` runs every project's tests.
 */
const LAUNCHER = /^(?:node\s+(?:\.\/)?common\/scripts\/install-run-rush\.js|(?:npx\s+|pnpm\s+(?:exec\s+)?)?rush)\s+([\w:-]+)/;

/** Rush's built-in commands: none of them runs a project's checks or tests. */
const BUILT_IN =
  /^(add|alert|build|change|check|deploy|init|init-autoinstaller|init-deploy|init-subspace|install|install-autoinstaller|link|list|publish|purge|rebuild|remove|scan|setup|tab-complete|unlink|update|update-autoinstaller|update-cloud-credentials|upgrade-interactive|version|bridge-package|link-package)$/;

/** The level of a Rush line by its command, 'none' when the line does not run Rush. */
export function levelOfRushLine(command: string): GateLevel | undefined | 'none' {
  const name = LAUNCHER.exec(command.trim())?.[1];
  if (name === undefined) return 'none';
  if (BUILT_IN.test(name)) return undefined;
  const own = levelOfScriptName(name);
  if (own !== undefined || !name.startsWith('re')) return own;
  return levelOfScriptName(name.slice(2));
}
