import { levelOfScriptName } from './detector.js';
import type { GateLevel } from './types.js';

/**
 * An Nx line runs one target of some projects: `nx test eslint-plugin`, `nx run integration-tests:test`,
 * `nx run-many -t build --exclude=website-eslint`. What it checks is the target's name; the projects'
 * names (`eslint-plugin`, `website-eslint`) say which packages, not which tool, so a tool's name among
 * them (or among the excluded ones) is no lint run. A project named for a kind of suite
 * (`integration-tests`) makes its test target that suite. Nx's own queries (`nx show projects`,
 * `nx graph`, `nx print-affected`) and upkeep (`nx reset`, `nx migrate`) run no target.
 */
const NX_QUERY =
  /^(show|graph|dep-graph|print-affected|list|report|reset|daemon|migrate|repair|sync|connect|init|add|generate|g|release|view-logs|watch)$/;
/** Options whose value is the next word (`--exclude website`, `-p a,b`), read with the projects. */
const VALUE_OPTIONS = /^(--exclude|--projects|-p|--base|--head|--configuration|-c|--output-style)$/;

/** The line's Nx words (after `pnpm exec`, `npx`, `yarn`, …), or undefined when it is no Nx line. */
function nxWords(command: string): string[] | undefined {
  const words = command.trim().split(/\s+/);
  const at = words.findIndex((w) => w === 'nx' || w.endsWith('/.bin/nx'));
  if (at < 0 || at > 2) return undefined;
  const end = words.indexOf('--');
  return words.slice(at + 1, end < 0 ? undefined : end);
}

interface NxRun {
  target: string | undefined;
  projects: string[];
}

function runManyTarget(words: string[]): NxRun {
  let target: string | undefined;
  const projects: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    const inline = /^--targets?=(.+)$/.exec(w)?.[1];
    if (inline !== undefined) target = inline;
    else if (w === '-t' || w === '--target' || w === '--targets') {
      // `-t build test`: the targets are the plain words after the option.
      const names: string[] = [];
      for (; words[i + 1] !== undefined && !(words[i + 1] as string).startsWith('-'); i++) names.push(words[i + 1] as string);
      target = names.join(',');
    } else if (/^(--projects|-p)$/.test(w)) projects.push(...(words[++i] ?? '').split(','));
    else if (/^--projects=/.test(w)) projects.push(...w.slice('--projects='.length).split(','));
    else if (VALUE_OPTIONS.test(w)) i++;
  }
  return { target, projects: projects.filter(Boolean) };
}

function nxRun(words: string[]): NxRun | 'query' | undefined {
  const [sub = '', first] = words;
  if (NX_QUERY.test(sub)) return 'query';
  if (sub === 'run-many' || sub === 'affected') return runManyTarget(words);
  if (sub === 'run') {
    const [project, target] = (first ?? '').split(':');
    return target === undefined ? { target: project, projects: [] } : { target, projects: [project as string] };
  }
  if (sub.startsWith('-') || sub.includes('$')) return undefined;
  // `nx test eslint-plugin`: the target, then the project.
  return { target: sub, projects: first && !first.startsWith('-') ? [first] : [] };
}

/**
 * The level of an Nx line by its target, 'none' when the line is no Nx line. A target named otherwise
 * (`test:lib`) is judged by `byTool` on the target alone, without the projects' names.
 */
export function levelOfNxLine(command: string, byTool: (line: string) => GateLevel | undefined): GateLevel | undefined | 'none' {
  const words = nxWords(command);
  if (!words) return 'none';
  const run = nxRun(words);
  if (run === 'query') return undefined;
  if (!run?.target) return 'none';
  // Several targets (`-t build,test`): the line is its test run when it has one, as a script body is.
  const levels = run.target.split(',').map((t) => levelOfScriptName(t) ?? byTool(`nx run-many -t ${t}`));
  const level = ([2, 3, 1] as const).find((l) => levels.includes(l));
  const suites = run.projects.map((p) => levelOfScriptName(p.replace(/^@[\w.-]+\//, '')));
  if (level === 2 && suites.length > 0 && suites.every((s) => s === 3)) return 3;
  return level;
}
