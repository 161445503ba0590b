import { recipes, withDependencies } from './make.js';
import { JUST_RECIPE_HEAD } from './recipe-header.js';
import { scriptFileArgs, withPositionalArgs } from './script-positional-args.js';

/**
 * A justfile recipe's parameters (`integration-env env:`, `test py='3.12' *args:`) are filled with the
 * words CI hands it (`just integration-env test-integration-fastapi`): `hatch run {{env}}:test` then runs
 * `hatch run test-integration-fastapi:test`, the integration environment. With them blanked, as the
 * plain recipe table has them, the line read as `hatch run :test`, the default environment's unit tests.
 */

/** The table key of a recipe's body with its parameters left as `$1`, `$2`, … for CI's words. */
export const JUST_ARGS_KEY = 'just-args';

/** `name p1 p2='x' +rest:` → `['p1', 'p2', 'rest']` (a default's value and a variadic sign dropped). */
function parameterNames(head: string): string[] {
  return head
    .replace(/=\s*("[^"]*"|'[^']*'|\S+)/g, '')
    .split(/\s+/)
    .slice(1)
    .map((p) => p.replace(/^[+*$]+/, ''))
    .filter((p) => /^[A-Za-z_][\w-]*$/.test(p));
}

/** Recipes that take parameters, their bodies with each `{{ param }}` as its positional `$N`. */
export function justParameterBodies(text: string): Map<string, string> {
  const taking = new Set<string>();
  let params: string[] = [];
  const lines = text.split(/\r?\n/).map((line) => {
    const head = JUST_RECIPE_HEAD.exec(line);
    if (head) {
      params = parameterNames(`${head[1]}${head[2] ?? ''}`);
      if (params.length > 0) taking.add(head[1] as string);
      return line;
    }
    if (!/^\s/.test(line)) return line;
    return params.reduce((out, p, i) => out.replace(new RegExp(`\\{\\{\\s*${p}\\s*\\}\\}`, 'g'), `$${i + 1}`), line);
  });
  const bodies = recipes(lines.join('\n'), true);
  return new Map([...taking].map((name) => [name, withDependencies(bodies, name)]));
}

/** The body a `just <recipe> <words…>` line runs, its parameters filled; undefined when CI hands no words. */
export function justBodyWithArgs(table: Map<string, string>, command: string, name: string): string | undefined {
  const raw = table.get(`${JUST_ARGS_KEY}\0${name}`);
  const args = scriptFileArgs(command, name);
  return raw === undefined || args.length === 0 ? undefined : withPositionalArgs(raw, args);
}
