import type { GateLevel } from './types.js';

/** PHPUnit's group options: `--group a,b` runs only those groups, `--exclude-group a,b` all but them. */
const GROUP = /(?:^|\s)--group[= ](\S+)/;
const EXCLUDED = /(?:^|\s)--exclude-group[= ](\S+)/g;

function groupsOf(list: string): string[] {
  return list
    .replace(/^["']|["']$/g, '')
    .split(',')
    .filter(Boolean);
}

/**
 * CI's unit run leaves some groups out (`phpunit --exclude-group Elasticsearch --exclude-group Elastica`)
 * and another job runs exactly those groups (`phpunit --group Elasticsearch,Elastica`) after starting
 * what they need (a search server): that run is the service-backed suite, level 3. Only when every
 * group it selects is one CI's other runs of the tool exclude.
 */
export function withExcludedGroupRunsRaised<T extends { command: string; level: GateLevel }>(ci: T[]): T[] {
  const excluded = new Set(ci.flatMap((c) => [...c.command.matchAll(EXCLUDED)].flatMap((m) => groupsOf(m[1] as string))));
  if (excluded.size === 0) return ci;
  return ci.map((c) => {
    const chosen = GROUP.exec(c.command)?.[1];
    if (c.level !== 2 || chosen === undefined || !/\bphpunit\b/.test(c.command)) return c;
    return groupsOf(chosen).every((g) => excluded.has(g)) ? { ...c, level: 3 as GateLevel } : c;
  });
}
