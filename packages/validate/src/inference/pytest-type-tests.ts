import { stripPrefixes } from './invocation.js';

/**
 * Options of the pytest plugins that run mypy: pytest-mypy-plugins (`--mypy-ini-file`,
 * `--mypy-pyproject-toml-file`, `--mypy-same-process`, `--mypy-testing-base`, …) and pytest-mypy (`--mypy`).
 */
const MYPY_PLUGIN_OPTION = /(^|\s)--mypy(-[\w-]+)?(=\S*)?(?=\s|$)/;

/** A folder of type cases (`typesafety`, `type_tests`, `typing_tests`, `tests/typecheck`): what it holds is checked by a type checker. */
const TYPE_CASES_FOLDER =
  /^(typesafety|type[-_]?safety|type[-_]?tests?|typing[-_]tests?|types?[-_]tests?|typecheck(ing)?|type[-_]check(ing|s)?)$/;

/**
 * Whether a command is a pytest run that checks types, not behaviour: pytest-mypy-plugins collects
 * YAML cases (`typesafety/test_*.yml`) and runs mypy on each, comparing its messages with the
 * expected ones; pytest-mypy runs mypy over the collected files. The plugin's options or a target
 * folder named for type cases say so. Such a run is a type check (level 1), and a gate of its own:
 * neither the project's plain `mypy` nor its unit-test `pytest` stands for it.
 */
export function isPytestTypeTestRun(command: string): boolean {
  const words = stripPrefixes(command).split(/\s+/);
  if (!/^(py\.test|pytest)$/.test(words[0] ?? '')) return false;
  if (MYPY_PLUGIN_OPTION.test(words.slice(1).join(' '))) return true;
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
