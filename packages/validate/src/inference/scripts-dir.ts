import type { DetectContext } from './detector.js';
import { levelOfScript } from './detector.js';
import { runBehindRecipe } from './script-behind-recipe.js';
import { withArgumentBranches } from './script-arg-branches.js';
import type { Candidate } from './types.js';

/** Entry points by name; the suites run against the built program (`scripts/acceptance.sh`) are ones too. */
const NAMES = /^(test|tests|lint|check|typecheck|types|(test[-_])?(integration|e2e|acceptance)([-_]tests?)?)(\.sh)?$/;

/**
 * "Scripts to rule them all": `scripts/test`, `scripts/check`, `script/lint.sh` at the root are the
 * project's own entry points (encode, GitHub and FastAPI projects call them from CI).
 */
export function detectScriptsDir({ dir }: DetectContext): Candidate[] {
  if (dir.rel !== '.') return [];
  const out: Candidate[] = [];
  const python = dir.has('uv.lock') ? 'uv run ' : dir.has('poetry.lock') ? 'poetry run ' : '';
  for (const folder of ['scripts', 'script']) {
    if (!dir.hasDir(folder)) continue;
    for (const name of dir.list(folder).sort()) {
      if (!NAMES.test(name) || dir.isDir(`${folder}/${name}`) || runBehindRecipe(dir, `${folder}/${name}`)) continue;
      const base = name.replace(/\.sh$/, '');
      // Run as an entry point, without arguments: a `--fix` branch behind `$1` does not run.
      const body = withArgumentBranches(dir.read(`${folder}/${name}`) ?? '', []);
      const level = levelOfScript(base === 'check' ? 'lint' : base, body);
      if (level === undefined) continue;
      const command = name.endsWith('.sh') ? `${python}bash ${folder}/${name}` : `${folder}/${name}`;
      out.push({
        level,
        name: `${folder}/${base}`,
        command,
        kind: 'script',
        ecosystem: 'scripts',
        body,
        evidence: { file: `${folder}/${name}`, line: 1 },
      });
    }
  }
  // One entry point per level: `check` usually runs `lint` and more.
  return out.filter((c) => !(c.name.endsWith('/lint') && out.some((o) => o.level === c.level && o.name.endsWith('/check'))));
}
