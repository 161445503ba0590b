import { detectCiWorkflows } from './ci-workflows.js';
import type { Detector } from './detector.js';
import { detectGo } from './go.js';
import { detectGradle, detectMaven } from './jvm.js';
import { detectJust, detectMake } from './make.js';
import { detectDeno, detectNode } from './node.js';
import type { ProjectDir } from './project-dir.js';
import { detectPython } from './python.js';
import { detectRuby } from './ruby.js';
import { detectRust } from './rust.js';
import { ancestorsOf, scanProjectDirs, type ScanOptions } from './scan.js';
import { emptyPlan, GATE_LEVELS, type Candidate, type ValidationPlan } from './types.js';

/** Every ecosystem's detector, in the order their commands are listed within a folder. */
export const DETECTORS: readonly Detector[] = [
  detectMake,
  detectJust,
  detectNode,
  detectDeno,
  detectPython,
  detectRust,
  detectGo,
  detectMaven,
  detectGradle,
  detectRuby,
];

/** Task runners whose targets stand for the whole folder: their scripts displace raw tools of any ecosystem. */
const UMBRELLA = new Set(['make', 'just']);

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
      if (umbrella && c.kind === 'tool') continue;
      if (seen.has(c.command)) continue;
      seen.add(c.command);
      out.push(c);
    }
  }
  return out;
}

/**
 * Infers the validation commands of a repository from its manifests: each folder (bounded depth,
 * dependencies and build output skipped) gets the commands its own package.json, deno.json,
 * pyproject / tox / nox, Cargo.toml, go.mod, pom.xml, Gradle build, Gemfile, Makefile or justfile
 * call for, with its cwd. Commands of the CI workflows fill the levels no manifest covers.
 */
export function inferPlan(root: string, options: ScanOptions = {}): ValidationPlan {
  const dirs = scanProjectDirs(root, options);
  const byRel = new Map<string, ProjectDir>(dirs.map((d) => [d.rel, d]));
  const plan = emptyPlan();
  const filled = new Set<string>();
  for (const dir of dirs) {
    const context = { root, dir, ancestors: ancestorsOf(dir, byRel) };
    const merged = merge(DETECTORS.flatMap((detect) => detect(context)));
    for (const c of merged) {
      plan.levels[String(c.level) as '1'].push({ name: c.name, command: c.command, cwd: dir.rel });
      filled.add(`${dir.rel}\0${c.level}`);
    }
  }
  const rootDir = byRel.get('.');
  if (rootDir) {
    for (const c of detectCiWorkflows(rootDir)) {
      if (filled.has(`${c.cwd}\0${c.level}`)) continue;
      const list = plan.levels[String(c.level) as '1'];
      if (list.some((p) => p.command === c.command && p.cwd === c.cwd)) continue;
      list.push({ name: c.name, command: c.command, cwd: c.cwd });
    }
  }
  return plan;
}
