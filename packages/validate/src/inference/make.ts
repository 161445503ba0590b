import type { DetectContext } from './detector.js';
import { expandCall, makeDefines } from './make-functions.js';
import { JUST_RECIPE_HEAD, recipeHeader } from './recipe-header.js';
import { withRecursiveMake } from './recursive-make.js';
import { withTargetProgram } from './make-automatic-variables.js';
import { isTargetVariable, plainVariables, withPlainVariables, withVariableTargets } from './make-variable-targets.js';
import { toolPathVariables } from './make-tool-variables.js';
import { optionVariables } from './make-option-variables.js';
import { levelOfScript, pickScripts } from './detector.js';
import { evidenceIn } from './evidence.js';
import type { ProjectDir } from './project-dir.js';
import type { Candidate } from './types.js';

/** Target names of a Makefile (not pattern rules, not variables, not special targets). */
export function makeTargets(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/^([A-Za-z0-9][A-Za-z0-9_./-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9_./-]*)*)[ \t]*::?(?![=])/gm)) {
    for (const name of (m[1] as string).split(/\s+/)) names.add(name);
  }
  return [...names];
}

/** The recipe lines of each target (indented lines after `target:`, prerequisites first), joined by newlines. */
export function recipes(text: string, just = false): Map<string, string> {
  const out = new Map<string, string>();
  const defines = just ? new Map<string, string[]>() : makeDefines(text);
  // A program's name set once (`GO = go`): `$(GO) test` is `go test`. Longer values (`RUN_TEST = python -m pytest`)
  // stay as the recipe writes them, as the earlier sets were read, except a pinned tool's path (make-tool-variables)
  // and options only (make-option-variables).
  const plain = new Map([
    ...(just ? [] : optionVariables(text)),
    ...(just ? [] : toolPathVariables(text)),
    ...[...(just ? [] : plainVariables(text))].filter(([, v]) => !/\s/.test(v)),
  ]);
  let current: string[] = [];
  for (const line of (just ? text : withVariableTargets(text)).split(/\r?\n/)) {
    const head = recipeHeader(line, just);
    if (head && !/^\s/.test(line) && !just && isTargetVariable(head.rest)) {
      current = [];
      continue;
    }
    if (head && !/^\s/.test(line)) {
      current = head.names.split(/\s+/);
      // The prerequisites are kept as a comment line: names to follow, not a command to run.
      for (const name of current) out.set(name, `#: ${head.rest.trim()}`);
      continue;
    }
    // Lines indented deeper (`\t\tcd $(dir) && \`) continue the recipe as well.
    if (/^(\t| {2,})\s*\S/.test(line)) {
      // just's `{{ args }}` / `{{ if python != '' { '-p ' + python } else { '' } }}` are filled in at run time.
      const body = just
        ? line.replace(/\{\{[\s\S]*?\}\}/g, ' ').replace(/[ \t]+/g, ' ')
        : withRecursiveMake(withPlainVariables(line, plain));
      for (const name of current)
        for (const one of expandCall(body, defines)) appendLine(out, name, just ? one : withTargetProgram(one, name));
    } else if (line.trim() !== '' && !line.trim().startsWith('#') && !line.trim().startsWith('[') && !isConditional(line, just))
      current = [];
  }
  return out;
}

/**
 * `ifneq ($(shell which black),)` … `endif` around recipe lines: make's conditionals choose which lines
 * the recipe holds, they do not end it (the lines after `endif` are still the target's).
 * https://www.gnu.org/software/make/manual/html_node/Conditional-Example.html
 */
function isConditional(line: string, just: boolean): boolean {
  return !just && /^(ifeq|ifneq|ifdef|ifndef|else|endif)(\s|$)/.test(line);
}

/** One more recipe line for `name`; a line ending in `\` goes on on the next one: one shell command, read as one line. */
function appendLine(out: Map<string, string>, name: string, line: string): void {
  const before = out.get(name) ?? '';
  const joined = before.endsWith('\\') ? `${before.slice(0, -1).trimEnd()} ` : `${before}\n`;
  out.set(name, `${joined}${line.trim().replace(/^[@-]+/, '')}`);
}

/**
 * A recipe with the recipes it depends on (one level), so `test: (watch 'x')` is read as the watcher it is.
 * A prerequisite that only names prerequisites of its own (`test-race: test`, `test: $(DIRS:%=test/%)`)
 * runs nothing itself: make goes on to those, and so does the reading (a few levels at most).
 */
export function withDependencies(bodies: Map<string, string>, name: string, depth = 0): string {
  const own = bodies.get(name) ?? '';
  const head = (own.split('\n')[0] ?? '').replace(/^#:\s*/, '');
  // A prerequisite named like a file (`cert.pem`, `httplib.cc`) is an input make produces, not an action the target runs;
  // so is a path or a glob (`test/*`, `devscripts/*`): files the target depends on, not the `test` target.
  const deps = [...head.matchAll(/(?:^|\s)\(?([A-Za-z_][\w.-]*)(?=[\s)]|$)/g)]
    .map((m) => m[1] as string)
    .filter((d) => d !== name && bodies.has(d) && !/\.[A-Za-z]\w*$/.test(d));
  const through = (d: string): string =>
    depth < 3 && prerequisitesOnly(bodies.get(d)) ? withDependencies(bodies, d, depth + 1) : (bodies.get(d) ?? '');
  return [own, ...deps.map(through), ...patternPrerequisites(bodies, head)].join('\n');
}

/** A target's recipe that is only its prerequisites line (`#: …`), no command of its own. */
function prerequisitesOnly(body: string | undefined): boolean {
  return (
    body !== undefined &&
    body
      .split('\n')
      .slice(1)
      .every((line) => line.trim() === '')
  );
}

/**
 * `test: $(MOD_DIRS:%=test/%)` makes `test/<dir>` for each folder, which the pattern rule `test/%:` builds:
 * that rule's recipe is what the target runs. Only a pattern with a recipe of its own is followed.
 * https://www.gnu.org/software/make/manual/html_node/Substitution-Refs.html
 */
function patternPrerequisites(bodies: Map<string, string>, head: string): string[] {
  const substituted = [...head.matchAll(/\$[({][A-Za-z_][\w.-]*:%=([\w./-]*%[\w./-]*)[)}]/g)].map((m) => m[1] as string);
  return [...substituted, ...pathRules(bodies, head)]
    .map((rule) => bodies.get(rule) ?? '')
    .filter((body) =>
      body
        .split('\n')
        .slice(1)
        .some((line) => line.trim() !== ''),
    );
}

/**
 * The pattern rules that make a prerequisite written as a path (`test-tools: test/$(TOOLS_MOD_DIR)` is
 * made by `test/%:`): a path is no target of its own name, but the rule whose pattern it matches is
 * what make runs for it. A glob (`test/*`) names existing files, which no rule makes.
 */
function pathRules(bodies: Map<string, string>, head: string): string[] {
  const paths = head.split(/\s+/).filter((w) => w.includes('/') && !/[*?[]/.test(w) && !w.includes('%'));
  const rules = [...bodies.keys()].filter((k) => k.includes('%'));
  const matches = (rule: string, path: string): boolean =>
    new RegExp(`^${rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('%', '.+')}$`).test(path);
  return rules.filter((rule) => paths.some((path) => matches(rule, path)));
}

/** Recipe names of a justfile (`name arg='x': deps`), private ones (`_x`) excluded. */
export function justRecipes(text: string): string[] {
  const names = new Set<string>();
  // Parameters may have quoted defaults (`test *args="-x --ff":`); `name := value` is an assignment.
  for (const m of text.matchAll(new RegExp(JUST_RECIPE_HEAD.source, 'gm'))) names.add(m[1] as string);
  return [...names].filter((n) => !['set', 'export', 'alias', 'import', 'mod'].includes(n));
}

function runnerTargets(dir: ProjectDir, file: string, names: string[], bodies: Map<string, string>, runner: 'make' | 'just'): Candidate[] {
  const body = (name: string): string => withDependencies(bodies, name);
  const candidate = (name: string, level: 1 | 2 | 3): Candidate => ({
    level,
    name,
    command: `${runner} ${name}`,
    kind: 'script',
    ecosystem: runner,
    body: body(name),
    evidence: evidenceIn(dir, file, new RegExp(`^@?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b[^\\n]*?:(?!=)`, 'm')),
  });
  const out = pickScripts(names, (n) => levelOfScript(n, body(n))).map(({ name, level }) => candidate(name, level));
  // `check` is the unit-test target of many C and autotools projects when there is no `test`.
  if (names.includes('check') && !out.some((c) => c.level === 2) && levelOfScript('test', body('check')) === 2)
    out.push(candidate('check', 2));
  return out;
}

/** Makefile targets named like gates (lint, test, integration, …) whose recipe only looks. */
export function detectMake({ dir }: DetectContext): Candidate[] {
  const file = dir.first('Makefile', 'makefile', 'GNUmakefile');
  if (!file) return [];
  const text = dir.read(file) ?? '';
  return runnerTargets(dir, file, makeTargets(text), recipes(text), 'make');
}

/** justfile recipes named like gates whose body only looks. */
export function detectJust({ dir }: DetectContext): Candidate[] {
  const file = dir.first('justfile', 'Justfile', '.justfile');
  if (!file) return [];
  const text = dir.read(file) ?? '';
  return runnerTargets(dir, file, justRecipes(text), recipes(text, true), 'just');
}
