import { scriptInvocation } from './invocation.js';
import type { ProjectDir } from './project-dir.js';
import { expandBraces, toxEnvs } from './tox.js';
import { valueAt } from './table-value.js';

/** The tox configuration in ini form: tox.ini, or pyproject's `legacy_tox_ini`. */
function toxIni(dir: ProjectDir): string | undefined {
  const ini = dir.read('tox.ini');
  if (ini !== undefined) return ini;
  const legacy = valueAt(dir.readToml('pyproject.toml'), 'tool', 'tox', 'legacy_tox_ini');
  return typeof legacy === 'string' ? legacy : undefined;
}

/** One ini section's body (`[tox]`, `[gh-actions]`), up to the next section. */
function iniSection(ini: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\[${escaped}\\][ \\t]*\\n((?:(?!\\[).*\\n?)*)`, 'm').exec(ini)?.[1];
}

/** A multi-line ini value (`labels =` followed by indented `name = a, b` lines) as its lines. */
function iniValueLines(section: string, key: string): string[] {
  const m = new RegExp(`^${key}\\s*=\\s*((?:.*\\n?)(?:[ \\t]+.*\\n?)*)`, 'm').exec(section);
  return (m?.[1] ?? '')
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** Environment names of a comma / space separated list, braces expanded (`py{39,310}{,-crypto}-mypy`). */
function envNames(list: string): string[] {
  return list
    .split(/[\s,]+(?![^{]*\})/)
    .filter(Boolean)
    .flatMap(expandBraces);
}

/**
 * tox's labels (`[tox] labels = mypy = py{39,310}-mypy`, `labels = { check = ["typing", "docs"] }` in
 * TOML): the project's own names for sets of environments, run with `tox -m <label>`.
 */
export function toxLabels(dir: ProjectDir): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const ini = toxIni(dir);
  if (ini !== undefined) {
    for (const line of iniValueLines(iniSection(ini, 'tox') ?? '', 'labels')) {
      const m = /^([\w.-]+)\s*=\s*(.+)$/.exec(line);
      if (m) out.set(m[1] as string, envNames(m[2] as string));
    }
    return out;
  }
  const native = valueAt(dir.readToml('pyproject.toml'), 'tool', 'tox') ?? (dir.has('tox.toml') ? dir.readToml('tox.toml') : undefined);
  for (const [name, list] of Object.entries((valueAt(native, 'labels') as Record<string, unknown> | undefined) ?? {}))
    if (Array.isArray(list))
      out.set(
        name,
        list.filter((e): e is string => typeof e === 'string'),
      );
  return out;
}

/**
 * The factors tox-gh-actions (`[gh-actions]`) or tox-gh (`[gh]`) maps the job's Python to
 * (`3.11: py311, docs`): on GitHub Actions a bare `tox` runs only the environments having one of
 * them. Undefined when the project maps none.
 */
export function ghActionsFactors(dir: ProjectDir): Set<string> | undefined {
  const ini = toxIni(dir);
  const factors = new Set<string>();
  const section = ini === undefined ? undefined : (iniSection(ini, 'gh-actions') ?? iniSection(ini, 'gh'));
  for (const line of iniValueLines(section ?? '', 'python')) {
    const value = /^[\w.-]+\s*[:=]\s*(.+)$/.exec(line)?.[1];
    for (const name of envNames(value ?? '')) factors.add(name);
  }
  // tox-gh in TOML: `[tool.tox.gh.python]` / tox.toml `[gh.python]`, `"3.13" = ["3.13", "type"]`.
  const native = ini === undefined ? (valueAt(dir.readToml('pyproject.toml'), 'tool', 'tox') ?? dir.readToml('tox.toml')) : undefined;
  for (const list of Object.values((valueAt(native, 'gh', 'python') as Record<string, unknown> | undefined) ?? {}))
    if (Array.isArray(list)) for (const name of list) if (typeof name === 'string') factors.add(name);
  return factors.size > 0 ? factors : undefined;
}

/** The environments a tox line selects (`-e a,b`, `-f factor`, `-m label`); undefined for a bare `tox`. */
export function toxSelected(command: string, dir: ProjectDir): string[] | undefined {
  const inv = scriptInvocation(command);
  if (inv?.runner !== 'tox' || inv.name === '') return undefined;
  const [flag, value = ''] = inv.name.split(/\s+/);
  if (flag === '-m') return toxLabels(dir).get(value) ?? [];
  if (flag === '-f') {
    const envs = dir.has('tox.ini') ? toxEnvs(dir, {}) : toxEnvs(dir, dir.readToml('pyproject.toml'), dir.readToml('tox.toml'));
    return (envs ?? []).map((e) => e.name).filter((n) => n.split('-').includes(value));
  }
  return inv.name.split(',');
}

/**
 * A bare `tox` / `nox` (the configuration's default selection): no environment or session named, not
 * even through a variable (`tox -e $BASE` picks at run time, which scriptInvocation reads as bare).
 */
export function namesNoEnvironment(command: string): boolean {
  const inv = scriptInvocation(command);
  if (!inv || (inv.runner !== 'tox' && inv.runner !== 'nox') || inv.name !== '') return false;
  const options = command.replace(/^.*?(^|\s)(tox|nox)(\s|$)/, ' ');
  return !/\s(-e|--env|-m|--labels?|-f|--factors?|-s|--sessions?|-t|--tags?)(\s|=|$)/.test(options);
}

/**
 * Whether `bare` is a bare `tox` run through tox-gh-actions and `named` selects only environments
 * that run leaves out (`tox -e lint` when the Python mapping selects `py39`, `py311`, `docs`): then
 * CI's run does not stand for `named`.
 */
export function outsideGhActionsRun(bare: string, named: string, dir: ProjectDir | undefined): boolean {
  const b = scriptInvocation(bare);
  // `tox -e $BASE` names its environments at run time: tox-gh-actions only chooses when none is named.
  if (!dir || b?.runner !== 'tox' || !namesNoEnvironment(bare)) return false;
  const factors = ghActionsFactors(dir);
  const selected = factors ? toxSelected(named, dir) : undefined;
  if (!factors || selected === undefined) return false;
  return !selected.some((env) => env.split('-').some((f) => factors.has(f)));
}

/**
 * A tox factor selection (`tox -f mypy`) that is exactly one of the project's labels (`labels =
 * mypy = py{39,310}{,-crypto}-mypy`) is spelled as the project names it: `tox -m mypy`.
 */
export function withToxLabelSpelling<T extends { command: string; name: string }>(candidate: T, dir: ProjectDir): T {
  const factor = /^tox -f (\S+)$/.exec(candidate.command)?.[1];
  if (factor === undefined) return candidate;
  const members = new Set(toxSelected(candidate.command, dir));
  for (const [label, envs] of toxLabels(dir)) {
    if (envs.length === members.size && envs.every((e) => members.has(e)))
      return { ...candidate, command: `tox -m ${label}`, name: `tox -m ${label}` };
  }
  return candidate;
}

/**
 * Whether a command whose recipe runs tox (`make docker-integration-tests`: `docker compose run … tox -e
 * 3.12-integration-docker`) selects only environments that CI's bare `tox` through tox-gh-actions
 * leaves out. Sharing the tox runner then makes neither the witness of the other: they run other
 * environments.
 */
export function recipeOutsideGhActionsRun(bare: string, recipe: string, dir: ProjectDir | undefined): boolean {
  const toxLines = [...recipe.matchAll(/(?:^|\s)(tox\s[^\n]*)/gm)].map((m) => m[1] as string);
  return toxLines.length > 0 && toxLines.every((line) => outsideGhActionsRun(bare, line, dir));
}

/**
 * The environments a bare `tox` runs: the configuration's `env_list` / `envlist` (`[tox] envlist = py`,
 * `env_list = ["3.13", "type"]` in TOML), braces expanded. Undefined when none is declared (tox then
 * runs its default `py` or what a plugin chooses).
 * https://tox.wiki/en/latest/config.html#env_list
 */
export function toxDefaultEnvs(dir: ProjectDir): string[] | undefined {
  const ini = toxIni(dir);
  if (ini !== undefined) {
    const list = iniValueLines(iniSection(ini, 'tox') ?? '', 'env_?list').join(' ');
    return list === '' ? undefined : envNames(list);
  }
  const native = valueAt(dir.readToml('pyproject.toml'), 'tool', 'tox') ?? (dir.has('tox.toml') ? dir.readToml('tox.toml') : undefined);
  const list = valueAt(native, 'env_list');
  return Array.isArray(list) ? list.filter((e): e is string => typeof e === 'string') : undefined;
}

/**
 * Whether `bare` is CI's bare `tox` and `named` selects only environments outside the configuration's
 * `env_list` (`tox -e pylint` beside `envlist = py`): CI's run never reaches them, so it does not stand
 * for `named`. Left to outsideGhActionsRun when tox-gh-actions chooses, and to the run when `TOXENV`
 * or a variable names the environments.
 */
export function outsideDefaultEnvs(bare: string, named: string, dir: ProjectDir | undefined): boolean {
  if (!dir || scriptInvocation(bare)?.runner !== 'tox' || !namesNoEnvironment(bare) || /TOXENV|\$/.test(bare)) return false;
  if (ghActionsFactors(dir) !== undefined) return false;
  const defaults = toxDefaultEnvs(dir);
  const selected = defaults === undefined ? undefined : toxSelected(named, dir);
  if (defaults === undefined || selected === undefined) return false;
  return !selected.some((env) => defaults.includes(env));
}
