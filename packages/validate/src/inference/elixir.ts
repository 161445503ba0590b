import { levelOfScriptName } from './detector.js';
import { evidenceIn, lineOf } from './evidence.js';
import type { Candidate, GateLevel } from './types.js';
import type { DetectContext } from './detector.js';

/** One mix alias: its name and the mix tasks it runs, in order (`lint: ["format --check-formatted", "credo"]`). */
interface MixAlias {
  name: string;
  tasks: string[];
}

/**
 * The aliases of mix.exs (`defp aliases do [ … ] end`, or `aliases: [ … ]` inline in `project`), read as
 * text: the name of each entry and the quoted tasks of its list or string. Functions (`&setup/1`) give no task.
 */
export function mixAliases(mixExs: string): MixAlias[] {
  const start = mixExs.search(/defp?\s+aliases\b[^\n]*\bdo\b|\baliases:\s*\[/);
  if (start < 0) return [];
  const block = mixExs.slice(start, start + 4000).split(/\n\s*end\b/)[0] as string;
  const out: MixAlias[] = [];
  const entry = /(?:^|[\s[,])(?:"([^"]+)"|([a-z_][\w.]*[?!]?)):\s*(\[[^\]]*\]|"[^"]*")/g;
  for (const m of block.matchAll(entry)) {
    const name = (m[1] ?? m[2]) as string;
    if (name === 'aliases') continue;
    out.push({ name, tasks: [...(m[3] as string).matchAll(/"([^"]+)"/g)].map((t) => (t[1] as string).trim()) });
  }
  return out;
}

/** `mix format` without `--check-formatted` rewrites the files: an alias running it is no gate. */
function writes(task: string): boolean {
  return /^format(\s|$)/.test(task) && !/--check-formatted/.test(task);
}

/** Whether a dependency is declared in mix.exs (`{:credo, "~> 1.7", only: [:dev, :test]}`). */
function hasDep(mixExs: string, name: string): boolean {
  return new RegExp(`\\{\\s*:${name}\\s*,`).test(mixExs);
}

/** Whether the project asks credo to be strict: `.credo.exs` says `strict: true`, or an alias runs `credo --strict`. */
function credoStrict(credoExs: string | undefined, aliases: MixAlias[]): boolean {
  return /^\s*strict:\s*true\b/m.test(credoExs ?? '') || aliases.some((a) => a.tasks.some((t) => /^credo\b.*--strict/.test(t)));
}

/**
 * Elixir (mix): `mix test` (2); `mix format --check-formatted` with a `.formatter.exs` (1); credo and
 * dialyxir when mix.exs depends on them (1); aliases named for gates (`lint:`, `check:`), read through:
 * the tools an alias runs at its level are not listed again. An umbrella's apps are run from its root.
 */
export function detectElixir({ dir, ancestors }: DetectContext): Candidate[] {
  const mixExs = dir.read('mix.exs');
  if (mixExs === undefined || ancestors.some((a) => a.has('mix.exs'))) return [];
  const ev = evidenceIn(dir, 'mix.exs');
  const aliases = mixAliases(mixExs);
  const out: Candidate[] = [];
  for (const alias of aliases) {
    const level = alias.name === 'test' ? undefined : levelOfScriptName(alias.name);
    if (level === undefined || alias.tasks.length === 0 || alias.tasks.some(writes)) continue;
    out.push({
      level,
      name: alias.name,
      command: `mix ${alias.name}`,
      kind: 'script',
      ecosystem: 'elixir',
      body: alias.tasks.map((t) => `mix ${t}`).join('\n'),
      evidence: { file: 'mix.exs', line: lineOf(mixExs, new RegExp(`(^|[\\s[,"])${alias.name.replace(/[.?!]/g, '\\$&')}"?:`)) || 1 },
    });
  }
  const covered = (level: GateLevel, task: RegExp): boolean =>
    out.some((c) => c.level === level && (c.body ?? '').split('\n').some((l) => task.test(l)));
  const tool = (level: GateLevel, name: string, command: string, file: string, pattern?: RegExp): void => {
    if (!covered(level, new RegExp(`^${command.split(' ').slice(0, 2).join('\\s+')}\\b`)))
      out.push({ level, name, command, kind: 'tool', ecosystem: 'elixir', evidence: evidenceIn(dir, file, pattern) });
  };
  if (dir.has('.formatter.exs')) tool(1, 'mix format', 'mix format --check-formatted', '.formatter.exs');
  if (hasDep(mixExs, 'credo'))
    tool(1, 'mix credo', credoStrict(dir.read('.credo.exs'), aliases) ? 'mix credo --strict' : 'mix credo', 'mix.exs', /:credo\b/);
  if (hasDep(mixExs, 'dialyxir')) tool(1, 'mix dialyzer', 'mix dialyzer', 'mix.exs', /:dialyxir\b/);
  if (dir.hasDir('test') || /\bapps_path:/.test(mixExs))
    out.push({ level: 2, name: 'mix test', command: 'mix test', kind: 'tool', ecosystem: 'elixir', evidence: ev });
  return out;
}
