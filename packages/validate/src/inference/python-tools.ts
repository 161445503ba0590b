import { evidenceIn } from './evidence.js';
import { mypyCommand } from './mypy-targets.js';
import type { ProjectDir } from './project-dir.js';
import type { Candidate } from './types.js';
import { valueAt } from './table-value.js';

/** All dependency names the project declares anywhere (PEP 621, groups, poetry, requirements files, Pipfile, pre-commit hooks). */
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
  push(valueAt(pyproject, 'project', 'dependencies'));
  push(valueAt(pyproject, 'project', 'optional-dependencies'));
  push(valueAt(pyproject, 'dependency-groups'));
  push(valueAt(pyproject, 'tool', 'poetry', 'dependencies'));
  push(valueAt(pyproject, 'tool', 'poetry', 'dev-dependencies'));
  push(valueAt(pyproject, 'tool', 'poetry', 'group'));
  push(valueAt(pyproject, 'tool', 'uv', 'dev-dependencies'));
  push(valueAt(pyproject, 'tool', 'pdm', 'dev-dependencies'));
  for (const name of dir.files)
    if (
      /^(requirements|dev-requirements|test-requirements)[\w.-]*\.(txt|in)$/.test(name) ||
      ['Pipfile', 'setup.cfg', 'setup.py'].includes(name)
    )
      parts.push(dir.read(name) ?? '');
  for (const name of dir.hasDir('requirements') ? dir.list('requirements') : [])
    if (/\.(txt|in)$/.test(name)) parts.push(dir.read(`requirements/${name}`) ?? '');
  parts.push(dir.read('.pre-commit-config.yaml') ?? '');
  return parts.join('\n').toLowerCase();
}

function usesPackage(text: string, name: string): boolean {
  return new RegExp(`(^|[\\s"',\\[/])${name}($|[\\s"',\\]<>=~!;\\[])`, 'm').test(text);
}

export interface PythonTools {
  checks: Candidate[];
  usesPytest: boolean;
  /** Text where pytest markers are declared. */
  markers: string;
}

/** The level-1 tools a Python project configures or depends on (ruff, black, isort, flake8, mypy, pyright) and whether it uses pytest. */
export function pythonToolCandidates(dir: ProjectDir, pyproject: Record<string, unknown>, run: string, manifest: string): PythonTools {
  const deps = declaredText(dir, pyproject);
  const setupCfg = dir.read('setup.cfg') ?? '';
  const toxIni = dir.read('tox.ini') ?? '';
  const tool = (name: string): boolean => valueAt(pyproject, 'tool', name) !== undefined;
  const ruffToml = dir.first('ruff.toml', '.ruff.toml');
  const usesRuff = tool('ruff') || ruffToml !== undefined || usesPackage(deps, 'ruff');
  const where = (file: string | undefined, pattern?: string): Candidate['evidence'] =>
    file ? evidenceIn(dir, file, pattern) : evidenceIn(dir, manifest);
  const checks: Candidate[] = [];
  const add = (name: string, command: string, evidence: Candidate['evidence']): void => {
    checks.push({ level: 1, name, command: `${run}${command}`, kind: 'tool', ecosystem: 'python', evidence });
  };
  if (usesRuff) {
    add('ruff', 'ruff check .', tool('ruff') ? where('pyproject.toml', '[tool.ruff') : where(ruffToml));
    if (
      (tool('ruff') && valueAt(pyproject, 'tool', 'ruff', 'format') !== undefined) ||
      /ruff-format/.test(deps) ||
      (ruffToml && /^\[format\]/m.test(dir.read(ruffToml) ?? ''))
    )
      add('ruff format', 'ruff format --check .', where(ruffToml ?? 'pyproject.toml', ruffToml ? '[format]' : '[tool.ruff.format]'));
  }
  if (tool('black') || usesPackage(deps, 'black'))
    add('black', 'black --check .', where(tool('black') ? 'pyproject.toml' : manifest, '[tool.black]'));
  // isort is its own check unless ruff's isort rules replace it.
  if ((tool('isort') || dir.has('.isort.cfg') || /^\[(tool:)?isort\]/m.test(setupCfg)) && !usesRuff)
    add(
      'isort',
      'isort --check-only --diff .',
      where(dir.has('.isort.cfg') ? '.isort.cfg' : tool('isort') ? 'pyproject.toml' : 'setup.cfg', 'isort'),
    );
  if ((dir.has('.flake8') || /^\[flake8\]/m.test(setupCfg + toxIni) || usesPackage(deps, 'flake8')) && !usesRuff)
    add('flake8', 'flake8', where(dir.has('.flake8') ? '.flake8' : manifest, 'flake8'));
  if (tool('mypy') || dir.has('mypy.ini') || dir.has('.mypy.ini') || /^\[mypy/m.test(setupCfg) || usesPackage(deps, 'mypy'))
    add(
      'mypy',
      mypyCommand(dir, pyproject),
      where(dir.first('mypy.ini', '.mypy.ini') ?? (tool('mypy') ? 'pyproject.toml' : manifest), 'mypy'),
    );
  if (tool('pyright') || dir.has('pyrightconfig.json') || usesPackage(deps, 'pyright'))
    add('pyright', 'pyright', where(dir.has('pyrightconfig.json') ? 'pyrightconfig.json' : manifest, 'pyright'));
  const iniOptions = valueAt(pyproject, 'tool', 'pytest', 'ini_options') ?? valueAt(pyproject, 'tool', 'pytest');
  const usesPytest =
    iniOptions !== undefined ||
    dir.has('pytest.ini') ||
    dir.has('conftest.py') ||
    /^\[(tool:)?pytest\]/m.test(setupCfg + toxIni) ||
    usesPackage(deps, 'pytest');
  const markers = JSON.stringify(valueAt(iniOptions, 'markers') ?? '') + (dir.read('pytest.ini') ?? '') + setupCfg;
  return { checks, usesPytest, markers };
}
