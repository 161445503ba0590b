import { stripPrefixes } from './invocation.js';

/** Options of pytest-mypy-plugins, which only collects YAML type cases (`--mypy-ini-file`, `--mypy-same-process`, …). */
const MYPY_PLUGIN_OPTION = /(^|\s)--mypy-[\w-]+(=\S*)?(?=\s|$)/;

/**
 * pytest-mypy's `--mypy` adds a mypy check of each collected file to the tests: only with `-m mypy`
 * does the run check types alone.
 */
function mypyOnly(args: string): boolean {
  return /(^|\s)--mypy(\s|$)/.test(args) && /(^|\s)-m\s+["']?mypy["']?(\s|$)/.test(args);
}

/** A folder of type cases (`typesafety`, `type_tests`, `typing_tests`, `tests/typecheck`, `tests/mypy`): what it holds is checked by a type checker. */
const TYPE_CASES_FOLDER =
  /^(mypy|pyright|typesafety|type[-_]?safety|type[-_]?tests?|typing[-_]tests?|types?[-_]tests?|typecheck(ing)?|type[-_]check(ing|s)?)$/;

/**
 * Whether a command is a pytest run that checks types, not behaviour: pytest-mypy-plugins collects
 * YAML cases (`typesafety/test_*.yml`) and runs mypy on each, comparing its messages with the
 * expected ones; pytest-mypy with `-m mypy` runs only its mypy checks of the collected files. The plugins' options or a target
 * folder named for type cases say so. Such a run is a type check (level 1), and a gate of its own:
 * neither the project's plain `mypy` nor its unit-test `pytest` stands for it.
 */
export function isPytestTypeTestRun(command: string): boolean {
  const words = stripPrefixes(command).split(/\s+/);
  if (!/^(py\.test|pytest)$/.test(words[0] ?? '')) return false;
  const args = words.slice(1).join(' ');
  if (/(^|\s)--mypy(\s|$)/.test(args)) return mypyOnly(args);
  if (MYPY_PLUGIN_OPTION.test(args)) return true;
  const targets = words.slice(1).filter((w) => !w.startsWith('-') && !w.includes('='));
  return targets.some((t) => TYPE_CASES_FOLDER.test(t.replace(/^\.\//, '').replace(/\/$/, '').split('/').pop() ?? ''));
}

/**
 * CI's split of one pytest suite across jobs (pytest-shard `--num-shards=4 --shard-id=N`, pytest-split
 * `--splits 4 --group N`): run locally, the whole suite is the gate.
 */
export function withoutPytestShards(command: string): string {
  if (!/(^|\s)(py\.test|pytest)(\s|$)/.test(command)) return command;
  return command
    .replace(/\s--(num-shards|shard-id|splits|group)(=\S*|\s+(?!-)\S+|(?=\s|$))/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
