import { parse as parseToml } from 'smol-toml';
import type { DetectContext } from './detector.js';
import { levelOfScriptName } from './detector.js';
import type { ProjectDir } from './project-dir.js';
import type { Candidate } from './types.js';

const MANIFESTS = [
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'tox.ini',
  'noxfile.py',
  'Pipfile',
  'uv.lock',
  'poetry.lock',
  'requirements.txt',
  'requirements-dev.txt',
  'pytest.ini',
  'mypy.ini',
  'ruff.toml',
  '.ruff.toml',
];

function toml(dir: ProjectDir, name: string): Record<string, unknown> {
  const text = dir.read(name);
  if (text === undefined) return {};
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function get(obj: unknown, ...path: string[]): unknown {
  let cur = obj;
  for (const key of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** The prefix that runs a tool inside the project's environment: uv, poetry, pdm, pipenv or none. */
export function pythonRunner(dir: ProjectDir, pyproject: Record<string, unknown>): string {
  if (dir.has('uv.lock') || get(pyproject, 'tool', 'uv') !== undefined) return 'uv run ';
  if (dir.has('poetry.lock') || get(pyproject, 'tool', 'poetry') !== undefined) return 'poetry run ';
  if (dir.has('pdm.lock') || get(pyproject, 'tool', 'pdm') !== undefined) return 'pdm run ';
  if (dir.has('hatch.toml') || get(pyproject, 'tool', 'hatch', 'envs') !== undefined) return '';
  if (dir.has('Pipfile')) return 'pipenv run ';
  return '';
}

/** All dependency names the project declares anywhere (PEP 621, groups, poetry, requirements files, Pipfile). */
function declaredText(dir: ProjectDir, pyproject: Record<string, unknown>): string {
  const parts: string[] = [];
  const push = (v: unknown): void => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) v.forEach(push);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        parts.push(k);
        push(x);
      }
  };
  push(get(pyproject, 'project', 'dependencies'));
  push(get(pyproject, 'project', 'optional-dependencies'));
  push(get(pyproject, 'dependency-groups'));
  push(get(pyproject, 'tool', 'poetry', 'dependencies'));
  push(get(pyproject, 'tool', 'poetry', 'dev-dependencies'));
  push(get(pyproject, 'tool', 'poetry', 'group'));
  push(get(pyproject, 'tool', 'uv', 'dev-dependencies'));
  push(get(pyproject, 'tool', 'pdm', 'dev-dependencies'));
  for (const name of dir.files)
    if (
      /^(requirements|dev-requirements|test-requirements)[\w.-]*\.(txt|in)$/.test(name) ||
      name === 'Pipfile' ||
      name === 'setup.cfg' ||
      name === 'setup.py'
    )
      parts.push(dir.read(name) ?? '');
  for (const sub of ['requirements'])
    for (const name of dir.hasDir(sub) ? dir.list(sub) : []) if (/\.(txt|in)$/.test(name)) parts.push(dir.read(`${sub}/${name}`) ?? '');
  parts.push(dir.read('.pre-commit-config.yaml') ?? '');
  return parts.join('\n').toLowerCase();
}

function usesPackage(text: string, name: string): boolean {
  return new RegExp(`(^|[\\s"',\\[/])${name}($|[\\s"',\\]<>=~!;\\[])`, 'm').test(text);
}

/** tox environments (tox.ini `envlist` and `[testenv:x]`, or pyproject `[tool.tox]`). */
function toxEnvs(dir: ProjectDir, pyproject: Record<string, unknown>): string[] | undefined {
  let text = dir.read('tox.ini');
  if (text === undefined) {
    const legacy = get(pyproject, 'tool', 'tox', 'legacy_tox_ini');
    if (typeof legacy === 'string') text = legacy;
  }
  const envs = new Set<string>();
  if (text !== undefined) {
    const list = /^\s*env_?list\s*=\s*((?:.*\n?)(?:[ \t]+.*\n?)*)/m.exec(text)?.[1] ?? '';
    for (const e of list.split(/[\s,]+/)) if (e && !e.includes('{')) envs.add(e.trim());
    for (const m of text.matchAll(/^\[testenv:([^\]\s]+)\]/gm)) envs.add(m[1] as string);
    return [...envs];
  }
  const native = get(pyproject, 'tool', 'tox');
  if (native && typeof native === 'object') {
    const list = get(native, 'env_list');
    if (Array.isArray(list)) for (const e of list) if (typeof e === 'string') envs.add(e);
    const env = get(native, 'env');
    if (env && typeof env === 'object') for (const e of Object.keys(env)) envs.add(e);
    return [...envs];
  }
  return undefined;
}

function pythonLevel(name: string): 1 | 2 | 3 | undefined {
  const n = name.toLowerCase();
  if (/^(py\d*|py\d+-.*|tests?|unit|unit[-_]?tests?|pytest)$/.test(n)) return 2;
  if (
    /^(lint|linting|flake8|ruff|mypy|typing|types|type|typecheck|type[-_]check|style|format-check|fmt-check|pre-commit|precommit|pylint|pyright|check|static)$/.test(
      n,
    )
  )
    return 1;
  return levelOfScriptName(n);
}

/** Python: tox / nox sessions, else ruff, black, flake8, mypy, pyright and pytest as configured, with uv/poetry/pdm/pipenv. */
export function detectPython({ dir }: DetectContext): Candidate[] {
  if (!MANIFESTS.some((m) => dir.has(m))) return [];
  const pyproject = toml(dir, 'pyproject.toml');
  const run = pythonRunner(dir, pyproject);
  const out: Candidate[] = [];
  const envs = toxEnvs(dir, pyproject);
  if (envs) {
    const picked = new Map<number, string[]>();
    for (const env of envs) {
      const level = pythonLevel(env);
      if (level !== undefined) picked.set(level, [...(picked.get(level) ?? []), env]);
    }
    for (const env of picked.get(1) ?? [])
      out.push({ level: 1, name: `tox ${env}`, command: `tox -e ${env}`, kind: 'script', ecosystem: 'python' });
    if (picked.has(2))
      out.push({ level: 2, name: 'tox', command: `tox -e ${(picked.get(2) as string[]).join(',')}`, kind: 'script', ecosystem: 'python' });
    for (const env of picked.get(3) ?? [])
      out.push({ level: 3, name: `tox ${env}`, command: `tox -e ${env}`, kind: 'script', ecosystem: 'python' });
  }
  const noxfile = dir.read('noxfile.py');
  if (noxfile !== undefined) {
    for (const m of noxfile.matchAll(/@nox\.session\b[^\n]*\n(?:\s*@[^\n]*\n)*\s*def\s+(\w+)/g)) {
      const named = /name\s*=\s*["']([\w-]+)["']/.exec(m[0])?.[1];
      const session = named ?? (m[1] as string);
      const level = pythonLevel(session);
      if (level !== undefined)
        out.push({ level, name: `nox ${session}`, command: `nox -s ${session}`, kind: 'script', ecosystem: 'python' });
    }
  }
  // Task runners the project configures: hatch env scripts, pdm scripts, poethepoet tasks.
  const hatchEnvs = get(pyproject, 'tool', 'hatch', 'envs');
  if (hatchEnvs && typeof hatchEnvs === 'object') {
    for (const [env, config] of Object.entries(hatchEnvs as Record<string, unknown>)) {
      const scripts = get(config, 'scripts');
      if (!scripts || typeof scripts !== 'object') continue;
      for (const name of Object.keys(scripts)) {
        const level = pythonLevel(name);
        const task = env === 'default' ? name : `${env}:${name}`;
        if (level !== undefined)
          out.push({ level, name: `hatch ${task}`, command: `hatch run ${task}`, kind: 'script', ecosystem: 'python' });
      }
    }
  }
  for (const [table, prefix] of [
    [get(pyproject, 'tool', 'pdm', 'scripts'), 'pdm run'],
    [get(pyproject, 'tool', 'poe', 'tasks'), `${run}poe`],
  ] as const) {
    if (!table || typeof table !== 'object') continue;
    for (const name of Object.keys(table)) {
      const level = name.startsWith('_') ? undefined : pythonLevel(name);
      if (level !== undefined) out.push({ level, name, command: `${prefix} ${name}`, kind: 'script', ecosystem: 'python' });
    }
  }
  const deps = declaredText(dir, pyproject);
  const setupCfg = dir.read('setup.cfg') ?? '';
  const toxIni = dir.read('tox.ini') ?? '';
  const tool = (name: string): boolean => get(pyproject, 'tool', name) !== undefined;
  const usesRuff = tool('ruff') || dir.has('ruff.toml') || dir.has('.ruff.toml') || usesPackage(deps, 'ruff');
  const usesBlack = tool('black') || usesPackage(deps, 'black');
  const usesFlake8 = dir.has('.flake8') || /^\[flake8\]/m.test(setupCfg + toxIni) || usesPackage(deps, 'flake8');
  const usesMypy = tool('mypy') || dir.has('mypy.ini') || dir.has('.mypy.ini') || /^\[mypy/m.test(setupCfg) || usesPackage(deps, 'mypy');
  const usesPyright = tool('pyright') || dir.has('pyrightconfig.json') || usesPackage(deps, 'pyright');
  const pytestIniOptions = get(pyproject, 'tool', 'pytest', 'ini_options');
  const usesPytest =
    pytestIniOptions !== undefined ||
    dir.has('pytest.ini') ||
    dir.has('conftest.py') ||
    /^\[(tool:)?pytest\]/m.test(setupCfg + toxIni) ||
    usesPackage(deps, 'pytest');
  if (!out.some((c) => c.level === 1)) {
    if (usesRuff) {
      out.push({ level: 1, name: 'ruff', command: `${run}ruff check .`, kind: 'tool', ecosystem: 'python' });
      if (
        (tool('ruff') && get(pyproject, 'tool', 'ruff', 'format') !== undefined) ||
        /ruff-format/.test(deps) ||
        (dir.has('ruff.toml') && /^\[format\]/m.test(dir.read('ruff.toml') ?? ''))
      )
        out.push({ level: 1, name: 'ruff format', command: `${run}ruff format --check .`, kind: 'tool', ecosystem: 'python' });
    }
    if (usesBlack) out.push({ level: 1, name: 'black', command: `${run}black --check .`, kind: 'tool', ecosystem: 'python' });
    if (usesFlake8 && !usesRuff) out.push({ level: 1, name: 'flake8', command: `${run}flake8`, kind: 'tool', ecosystem: 'python' });
    if (usesMypy) out.push({ level: 1, name: 'mypy', command: `${run}mypy .`, kind: 'tool', ecosystem: 'python' });
    if (usesPyright) out.push({ level: 1, name: 'pyright', command: `${run}pyright`, kind: 'tool', ecosystem: 'python' });
  }
  if (usesPytest && !out.some((c) => c.level === 2)) {
    const testDirs = ['tests', 'test'].filter((t) => dir.hasDir(t));
    const integration = testDirs.flatMap((t) =>
      dir
        .list(t)
        .filter((n) => /^(integration|e2e|functional|acceptance)(_tests?)?$/.test(n))
        .map((n) => `${t}/${n}`),
    );
    const markers = JSON.stringify(get(pytestIniOptions, 'markers') ?? '') + (dir.read('pytest.ini') ?? '') + setupCfg;
    if (integration.length > 0) {
      out.push({
        level: 2,
        name: 'pytest',
        command: `${run}pytest ${integration.map((i) => `--ignore=${i}`).join(' ')}`,
        kind: 'tool',
        ecosystem: 'python',
      });
      if (!out.some((c) => c.level === 3))
        out.push({
          level: 3,
          name: 'pytest integration',
          command: `${run}pytest ${integration.join(' ')}`,
          kind: 'tool',
          ecosystem: 'python',
        });
    } else if (/\bintegration\s*:/.test(markers)) {
      out.push({ level: 2, name: 'pytest', command: `${run}pytest -m "not integration"`, kind: 'tool', ecosystem: 'python' });
      if (!out.some((c) => c.level === 3))
        out.push({ level: 3, name: 'pytest integration', command: `${run}pytest -m integration`, kind: 'tool', ecosystem: 'python' });
    } else out.push({ level: 2, name: 'pytest', command: `${run}pytest`, kind: 'tool', ecosystem: 'python' });
  }
  // Django's own test runner, when the project has no pytest.
  if (!out.some((c) => c.level === 2) && dir.has('manage.py') && /django/i.test(dir.read('manage.py') ?? '')) {
    out.push({ level: 2, name: 'django test', command: `${run}python manage.py test`, kind: 'tool', ecosystem: 'python' });
  }
  return out;
}
