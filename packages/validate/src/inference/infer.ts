import { detectAutotools } from './autotools.js';
import { detectCmake } from './cmake.js';
import { detectCiWorkflows, opaqueLevels, type CiCandidate } from './ci-workflows.js';
import { witness } from './ci-witness.js';
import type { Detector } from './detector.js';
import { fromRoot } from './evidence.js';
import { detectGo } from './go.js';
import { detectGradle, detectMaven } from './jvm.js';
import { detectMage } from './mage.js';
import { detectJust, detectMake } from './make.js';
import { detectDeno, detectNode } from './node.js';
import { detectDotnet } from './dotnet.js';
import { detectElixir } from './elixir.js';
import { detectPhp } from './php.js';
import { detectPreCommitCi, withoutRepeatedPreCommitCi } from './pre-commit-ci.js';
import { ProjectDir } from './project-dir.js';
import { join, posix } from 'node:path';
import { detectPython } from './python.js';
import { detectRuby } from './ruby.js';
import { coveredByWorkspace, detectRust } from './rust.js';
import { narrowedToRootPackage, rootPackageGates } from './cargo-scope.js';
import { ancestorsOf, scanProjectDirs, type ScanOptions } from './scan.js';
import { scriptInvocation } from './invocation.js';
import { scriptFileBody } from './script-positional-args.js';
import { resolveLine, scriptTable } from './script-table.js';
import { detectScriptsDir } from './scripts-dir.js';
import { asCiRunsIt } from './script-file-spelling.js';
import { detectTaskfile } from './taskfile.js';
import { withMemberBodies } from './workspace-members.js';
import { toolKeys } from './script-body.js';
import { emptyPlan, GATE_LEVELS, type Candidate, type GateLevel, type ValidationPlan } from './types.js';

/** Every ecosystem's detector, in the order their commands are listed within a folder. */
export const DETECTORS: readonly Detector[] = [
  detectMake,
  detectJust,
  detectTaskfile,
  detectMage,
  detectScriptsDir,
  detectNode,
  detectDeno,
  detectPython,
  detectRust,
  detectGo,
  detectMaven,
  detectGradle,
  detectRuby,
  detectCmake,
  detectAutotools,
  detectPhp,
  detectElixir,
  detectDotnet,
];

/** Task runners whose targets stand for the whole folder: their scripts displace raw tools of any ecosystem. */
const UMBRELLA = new Set(['make', 'just', 'task', 'mage', 'scripts']);

function merge(all: Candidate[]): Candidate[] {
  // A Makefile / justfile target that runs `npm test` already stands for it.
  const bodies = all.filter((c) => c.body && UMBRELLA.has(c.ecosystem)).map((c) => c.body as string);
  const candidates = all.filter(
    (c) =>
      UMBRELLA.has(c.ecosystem) ||
      !bodies.some((b) => b.split('\n').some((line) => line.trim() === c.command || line.trim().startsWith(`${c.command} `))),
  );
  const out: Candidate[] = [];
  for (const level of GATE_LEVELS) {
    const atLevel = candidates.filter((c) => c.level === level);
    const umbrella = atLevel.some((c) => c.kind === 'script' && UMBRELLA.has(c.ecosystem));
    const seen = new Set<string>();
    for (const c of atLevel) {
      if (umbrella && c.kind === 'tool' && !ranByRecipeElsewhere(c, candidates)) continue;
      if (seen.has(c.command)) continue;
      seen.add(c.command);
      out.push(c);
    }
  }
  return out;
}

/**
 * A raw test tool beside a level's recipes that run other things (a justfile `e2e-tests:` over shell
 * scripts at level 3, beside `cargo test --test '*'` for the `tests/*.rs` targets) is not displaced when a
 * recipe of the other test level runs that very tool (`unit-tests:` running `cargo nextest run`, which runs
 * the integration targets too): the project drives the tool through that recipe, and what it runs at this
 * level is still this tool's part of the suite.
 */
function ranByRecipeElsewhere(c: Candidate, all: Candidate[]): boolean {
  if (c.level === 1) return false;
  const recipes = all.filter((r) => r.kind === 'script' && UMBRELLA.has(r.ecosystem) && r.level !== 1 && r.body !== undefined);
  const keys = toolKeys(c.command);
  const runsIt = (r: Candidate): boolean => [...toolKeys(r.body as string)].some((k) => keys.has(k));
  const here = recipes.filter((r) => r.level === c.level);
  return keys.size > 0 && !here.some(runsIt) && recipes.some((r) => r.level !== c.level && runsIt(r));
}

/**
 * The folder's candidates merged and witnessed by CI. A task-runner recipe that displaced raw tools
 * at its level but that CI does not run (a justfile `itest:` beside `tests/*.rs`) gives them back:
 * the tools are witnessed on their own.
 */
function witnessed(
  all: Candidate[],
  here: CiCandidate[],
  bodyOf: (command: string) => string | undefined,
  opaque: ReadonlySet<GateLevel>,
  dir: ProjectDir,
): Candidate[] {
  const merged = merge(all);
  const chosen = witness(merged, here, bodyOf, opaque, dir);
  const dropped = new Set(merged.filter((c) => c.kind === 'script' && UMBRELLA.has(c.ecosystem) && !chosen.includes(c)));
  const kept =
    here.length === 0 || dropped.size === 0 ? chosen : witness(merge(all.filter((c) => !dropped.has(c))), here, bodyOf, opaque, dir);
  return kept.map((c) =>
    asCiRunsIt(
      c,
      here.map((x) => x.command),
    ),
  );
}

/** Folders a CI gate works in: its cwd, or the folder it names with `--manifest-path`, `-C`, `--prefix`, `--cwd`, `--dir`. */
function enteredFolders(ci: CiCandidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of ci) {
    out.add(c.cwd);
    for (const m of c.command.matchAll(
      /(?:--manifest-path[ =](\S+)\/[^/\s]+|(?:-C|--prefix|--cwd|--dir|--directory|--project)[ =](\S+))/g,
    )) {
      const folder = (m[1] ?? m[2] ?? '').replace(/^\.\//, '').replace(/\/$/, '');
      if (folder) out.add(c.cwd === '.' ? folder : `${c.cwd}/${folder}`);
    }
  }
  return out;
}

/**
 * A folder CI works in that the scan leaves out (`cd test && make test_openssl_parallel`: test folders
 * hold no sub-project of their own): the scripts CI runs there are still read, as CI runs them.
 */
function skippedFolder(root: string, cwd: string, cache: Map<string, ProjectDir | undefined>): ProjectDir | undefined {
  // `a/../../x` leaves the repository as `../x` does: the folder is judged after normalising.
  if (cwd === '.' || posix.normalize(cwd).startsWith('..') || cwd.startsWith('/') || cwd.includes('\0')) return undefined;
  if (!cache.has(cwd)) cache.set(cwd, ProjectDir.open(join(root, cwd), cwd, cwd.split('/').length));
  return cache.get(cwd);
}

/**
 * Infers the validation commands of a repository: each folder (bounded depth, dependencies and
 * build output skipped) gets the commands its own manifests and task runners call for, with its
 * cwd and the file and line they come from. The CI workflows are the witness of what the project
 * really runs: where CI runs commands for a folder, only what CI confirms is kept and what CI runs
 * beyond it is added; a sub-project CI never works in is left out. Without CI, the manifests stand.
 */
export function inferPlan(root: string, options: ScanOptions = {}): ValidationPlan {
  const dirs = scanProjectDirs(root, options);
  const byRel = new Map<string, ProjectDir>(dirs.map((d) => [d.rel, d]));
  const tables = new Map<string, Map<string, string>>();
  const skipped = new Map<string, ProjectDir | undefined>();
  const tableOf = (cwd: string, dir: ProjectDir): Map<string, string> => {
    if (!tables.has(cwd)) tables.set(cwd, scriptTable(dir));
    return tables.get(cwd) as Map<string, string>;
  };
  const bodyOf = (cwd: string, command: string): string | undefined => {
    const dir = byRel.get(cwd) ?? skippedFolder(root, cwd, skipped);
    if (!dir) return undefined;
    const inv = scriptInvocation(command);
    if (inv?.runner === 'file') return scriptFileBody(dir.read(inv.name), command, inv.name);
    const body = resolveLine(tableOf(cwd, dir), command, 2, (folder) => {
      const rel = cwd === '.' ? folder : `${cwd}/${folder}`;
      const below = byRel.get(rel) ?? skippedFolder(root, rel, skipped);
      return below ? tableOf(rel, below) : undefined;
    });
    return body === undefined ? undefined : withMemberBodies(body, cwd, dirs);
  };
  const rootDir = byRel.get('.');
  const workflows = rootDir ? detectCiWorkflows(rootDir, bodyOf) : [];
  const ci = rootDir ? [...workflows, ...withoutRepeatedPreCommitCi(workflows, detectPreCommitCi(rootDir))] : [];
  const entered = enteredFolders(ci);
  const opaque = rootDir ? opaqueLevels(rootDir) : new Set<GateLevel>();
  const plan = emptyPlan();
  const push = (c: Candidate, cwd: string): void => {
    const list = plan.levels[String(c.level) as '1'];
    if (list.some((p) => p.command === c.command && p.cwd === cwd)) return;
    const evidence = c.kind === 'ci' ? c.evidence : c.evidence && fromRoot(cwd, c.evidence);
    list.push({ name: c.name, command: c.command, cwd, ...(evidence ? { evidence } : {}) });
  };
  const done = new Set<string>();
  for (const dir of dirs) {
    const context = { root, dir, ancestors: ancestorsOf(dir, byRel) };
    const here = ci.filter((c) => c.cwd === dir.rel);
    // A sub-project the repository's CI never works in is not part of what the project validates.
    if (ci.length > 0 && dir.rel !== '.' && !entered.has(dir.rel)) continue;
    const all = DETECTORS.flatMap((detect) => detect(context));
    const lookup = (command: string): string | undefined => bodyOf(dir.rel, command);
    // A root CI never works in, in a repository whose CI works in its members (`cd serde && cargo
    // clippy`): the root's commands stand only for tools CI runs somewhere (no `cargo fmt` then).
    const chosen =
      dir.rel === '.' && here.length === 0 && ci.length > 0
        ? witness(all, ci, lookup, opaque, dir).filter((c) => c.kind !== 'ci')
        : witnessed(all, here, lookup, opaque, dir);
    for (const level of GATE_LEVELS) for (const c of chosen) if (c.level === level) push(c, dir.rel);
    done.add(dir.rel);
  }
  // CI commands in folders the scan did not reach.
  for (const c of ci) if (!done.has(c.cwd)) push(c, c.cwd);
  const rootCommands = GATE_LEVELS.flatMap((l) => plan.levels[String(l) as '1'].filter((p) => p.cwd === '.').map((p) => p.command));
  for (const level of GATE_LEVELS) {
    const key = String(level) as '1';
    plan.levels[key] = plan.levels[key].filter((p) => !coveredByWorkspace(p.command, p.cwd, rootDir?.read('Cargo.toml'), rootCommands));
    // A root package beside its workspace that CI validates alone keeps CI's scope (no `--workspace`).
    plan.levels[key] = narrowedToRootPackage(plan.levels[key], rootPackageGates(rootDir?.read('Cargo.toml'), ci));
  }
  return plan;
}
