import { setupCfgToxIni } from './tox-setup-cfg.js';
import { commandsOfEnv } from './tox-factor-conditions.js';
import { levelOfEnvName } from './ci-level.js';
import { isInterpreterFactor } from './interpreter-factor.js';
import { scriptInvocation } from './invocation.js';
import { evidenceIn } from './evidence.js';
import { productEnvNames } from './tox-product.js';
import type { ProjectDir } from './project-dir.js';
import type { Candidate, GateLevel } from './types.js';
import { valueAt } from './table-value.js';

/** One tox environment: its name and what its `commands` run (for comparing with CI). */
export interface ToxEnv {
  name: string;
  body: string;
}

/** `py{310,311}-x` → `py310-x`, `py311-x`; `3.1{0-2}` → `3.10`, `3.11`, `3.12`. */
export function expandBraces(name: string): string[] {
  const m = /\{([^{}]*)\}/.exec(name);
  if (!m) return [name];
  const inner = m[1] as string;
  const range = /^(\d+)-(\d+)$/.exec(inner);
  const options = range
    ? Array.from({ length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) }, (_, i) => String(Number(range[1]) + i))
    : inner.split(',').map((o) => o.trim());
  return options.slice(0, 32).flatMap((o) => expandBraces(name.slice(0, m.index) + o + name.slice(m.index + m[0].length)));
}

function iniEnvs(text: string): ToxEnv[] {
  const list = (/^\s*env_?list\s*=\s*((?:.*\n?)(?:[ \t]+.*\n?)*)/m.exec(text)?.[1] ?? '').replace(/#.*$/gm, '');
  const names = list.split(/[\s,]+(?![^{]*\})/).filter((e) => e && !e.startsWith('#'));
  const bodies = new Map<string, string>();
  for (const m of text.matchAll(/^\[testenv(?::([^\]]+))?\]\s*\n((?:(?!\[).*\n?)*)/gm)) {
    const body = /^commands\s*=\s*((?:.*\n?)(?:[ \t]+.*\n?)*)/m.exec(m[2] as string)?.[1] ?? '';
    for (const n of expandBraces((m[1] ?? '').trim())) bodies.set(n, body);
    if (m[1]) names.push(...expandBraces(m[1].trim()).filter((n) => !names.includes(n)));
  }
  return [...new Set(names.flatMap(expandBraces))].map((name) => ({
    name,
    body: commandsOfEnv(bodies.get(name) ?? bodies.get('') ?? '', name),
  }));
}

function flatten(commands: unknown): string {
  if (!Array.isArray(commands)) return '';
  return commands.map((c) => (Array.isArray(c) ? c.filter((w) => typeof w === 'string').join(' ') : String(c))).join('\n');
}

/** The file tox reads its configuration from, in tox's own order (tox.ini, setup.cfg with `[tox:tox]`, pyproject.toml, tox.toml). */
export function toxFile(dir: ProjectDir): string {
  return dir.has('tox.ini')
    ? 'tox.ini'
    : setupCfgToxIni(dir.read('setup.cfg')) !== undefined
      ? 'setup.cfg'
      : dir.has('tox.toml') && !/^\[tool\.tox/m.test(dir.read('pyproject.toml') ?? '')
        ? 'tox.toml'
        : 'pyproject.toml';
}

/**
 * tox environments of tox.ini, of `legacy_tox_ini`, of native `[tool.tox]` or of tox.toml (the same
 * schema at its top level), braces expanded; undefined without tox.
 */
export function toxEnvs(dir: ProjectDir, pyproject: Record<string, unknown>, toxToml?: Record<string, unknown>): ToxEnv[] | undefined {
  const ini =
    dir.read('tox.ini') ??
    setupCfgToxIni(dir.read('setup.cfg')) ??
    (valueAt(pyproject, 'tool', 'tox', 'legacy_tox_ini') as string | undefined);
  if (typeof ini === 'string') return iniEnvs(ini);
  const native = valueAt(pyproject, 'tool', 'tox') ?? toxToml;
  if (!native || typeof native !== 'object') return undefined;
  const names = new Set<string>();
  const list = valueAt(native, 'env_list');
  if (Array.isArray(list)) for (const e of list) for (const n of typeof e === 'string' ? [e] : productEnvNames(e)) names.add(n);
  const env = (valueAt(native, 'env') ?? {}) as Record<string, unknown>;
  for (const e of Object.keys(env)) names.add(e);
  const base = flatten(valueAt(native, 'env_run_base', 'commands'));
  return [...names].map((name) => ({ name, body: flatten(valueAt(env, name, 'commands')) || base }));
}

/** The commands of the one tox environment a CI line names (`tox -e api_func_v4 -- …`), to judge its level. */
export function toxEnvBody(dir: ProjectDir, command: string): string | undefined {
  const inv = scriptInvocation(command);
  if (inv?.runner !== 'tox' || !/^[\w.-]+$/.test(inv.name)) return undefined;
  const pyproject = dir.has('tox.ini') ? {} : dir.readToml('pyproject.toml');
  const envs = toxEnvs(dir, pyproject, dir.has('tox.toml') ? dir.readToml('tox.toml') : undefined);
  return envs?.find((e) => e.name === inv.name)?.body;
}

/**
 * Candidates of tox: single-name environments by name (`tox -e typing`, `tox -e py312,py313`);
 * environments made of factors (`lint-ruff`, `3.12-tests`) by their gate factor (`tox -f lint`).
 */
export function toxCandidates(dir: ProjectDir, envs: ToxEnv[], file: string): Candidate[] {
  const byLevel = new Map<GateLevel, string[]>();
  const factors = new Map<string, GateLevel>();
  const bodies = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const env of envs) {
    const parts = env.name.split('-');
    const gate = parts.length > 1 ? parts.find((p) => !isInterpreterFactor(p) && levelOfEnvName(p) !== undefined) : undefined;
    if (gate) {
      factors.set(gate, levelOfEnvName(gate) as GateLevel);
      bodies.set(`-f ${gate}`, `${bodies.get(`-f ${gate}`) ?? ''}\n${env.body}`);
      members.set(gate, [...(members.get(gate) ?? []), env.name]);
      continue;
    }
    if (parts.length > 1 && parts.slice(1).every((p) => !isInterpreterFactor(p))) continue;
    const level = isInterpreterFactor(parts[0] as string) ? (parts.length === 1 ? 2 : undefined) : levelOfEnvName(env.name);
    if (level === undefined) continue;
    byLevel.set(level, [...(byLevel.get(level) ?? []), env.name]);
    bodies.set(env.name, env.body);
  }
  const out: Candidate[] = [];
  const evidence = (pattern: string): Candidate['evidence'] => evidenceIn(dir, file, pattern);
  const add = (level: GateLevel, spec: string, body: string): void => {
    out.push({
      level,
      name: `tox ${spec}`,
      command: `tox ${spec.startsWith('-f') ? spec : `-e ${spec}`}`,
      kind: 'script',
      ecosystem: 'python',
      body,
      evidence: evidence(spec.replace(/^-f /, '').split(',')[0] as string),
    });
  };
  for (const level of [1, 3] as const) for (const env of byLevel.get(level) ?? []) add(level, env, bodies.get(env) ?? '');
  const unit = byLevel.get(2) ?? [];
  if (unit.length > 0) add(2, unit.join(','), unit.map((e) => bodies.get(e) ?? '').join('\n'));
  // A factor that is also an environment of its own (`type` beside `type-min`) is that environment.
  const envNames = new Set(envs.map((e) => e.name));
  for (const [factor, level] of factors)
    if (!(level === 2 && unit.length > 0) && !envNames.has(factor)) {
      // A factor only one environment has (`mypy` of `mypy-test`) is that environment: named as such.
      const only = members.get(factor)?.length === 1 ? (members.get(factor) as string[])[0] : undefined;
      add(level, only ?? `-f ${factor}`, bodies.get(`-f ${factor}`) ?? '');
    }
  return out.sort((a, b) => a.level - b.level);
}
