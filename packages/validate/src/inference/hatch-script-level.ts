import { hatchScriptLevel, levelOfCiCommand, onlySetsUp } from './ci-level.js';
import type { GateLevel } from './types.js';
import { commandLines } from './command-lines.js';

/**
 * A hatch script's level: its `env:name` decides, except that a script named `test` in an environment
 * for checks (`typing:test = "pre-commit run --all-files --hook-stage manual mypy"`) whose lines run
 * only static checks and no test runner is a check (level 1): the name is only the usual verb. A
 * script that only sets up or lists the environment (`test:list = "python -m pip freeze"`) is none.
 */
export function hatchScriptLevelOfBody(env: string, name: string, body: string): GateLevel | undefined {
  const byName = hatchScriptLevel(`${env}:${name}`);
  if (byName !== 2) return byName;
  if (onlySetsUp(body)) return undefined;
  const levels = commandLines(body).map((line) => levelOfCiCommand(line));
  return levels.length > 0 && levels.every((l) => l === 1) ? 1 : byName;
}
