import { levelOfEnvName } from './ci-level.js';
import type { GateLevel } from './types.js';

/** One nox session of a noxfile: its name, the function that implements it and that function's text. */
export interface NoxSession {
  name: string;
  fn: string;
  body: string;
  /** Offset of the session in the noxfile, for evidence. */
  index: number;
  /** The decorator's `tags=[…]` (what `nox -t <tag>` selects it by). */
  tags?: string[];
}

/**
 * The sessions of a noxfile: functions under `@nox.session` (named by `name=` when given). A noxfile
 * that registers its sessions through a decorator of its own (`@session(tags=[…])` wrapping
 * `nox.session`) has no `@nox.session`: then every top-level function taking `session` first is one.
 */
export function noxSessions(noxfile: string): NoxSession[] {
  const out: NoxSession[] = [];
  const decorated = [...noxfile.matchAll(/@nox\.session\b(?:(?!@nox\.session)[\s\S])*?^\s*def\s+(\w+)/gm)];
  if (decorated.length > 0) {
    for (const m of decorated) {
      const end = (m.index ?? 0) + m[0].length;
      // The body starts at its `def` line: the function's name says what a renamed session runs.
      const start = end - (m[0].length - m[0].search(/^\s*def\s/m));
      const next = noxfile.indexOf('@nox.session', end);
      const name = /name\s*=\s*["']([\w-]+)["']/.exec(m[0])?.[1] ?? (m[1] as string);
      const body = noxfile.slice(start, next < 0 ? undefined : next);
      out.push({ name, fn: m[1] as string, body, index: m.index ?? 0, tags: decoratorTags(m[0]) });
    }
    return out;
  }
  const defs = [...noxfile.matchAll(/^def\s+(\w+)\s*\(\s*session\b/gm)];
  defs.forEach((m, i) => {
    const end = defs[i + 1]?.index;
    out.push({ name: m[1] as string, fn: m[1] as string, body: noxfile.slice(m.index ?? 0, end), index: m.index ?? 0 });
  });
  return out;
}

/**
 * A session's level by its name; a session renamed to a word that says nothing (`name="pep484"`)
 * keeps what its function's name says (`mypy_check` is a type check).
 */
export function noxSessionLevel(session: NoxSession): GateLevel | undefined {
  const byName = levelOfEnvName(session.name);
  if (byName !== undefined) return byName;
  const byTags = levelOfTags(session.tags ?? []);
  if (byTags !== undefined || session.name === session.fn) return byTags;
  for (const factor of session.fn.split(/[_-]+/)) {
    const level = levelOfEnvName(factor);
    if (level !== undefined) return level;
  }
  return undefined;
}

/**
 * The sessions a bare `nox` runs when the noxfile names them (`nox.options.sessions = ["tests", "lint"]`),
 * or undefined when it does not say (then every session is a default one).
 */
export function noxDefaultSessions(noxfile: string): string[] | undefined {
  const m = /^nox\.options\.sessions\s*=\s*\[([^\]]*)\]/m.exec(noxfile);
  if (!m) return undefined;
  const names = [...(m[1] as string).matchAll(/["']([^"']+)["']/g)].map((n) => n[1] as string);
  // `nox.options.sessions = []` filled in later (`.append(…)` in a decorator of its own): unknown.
  return names.length > 0 ? names : undefined;
}

/** The quoted words of a `tags=[…]` argument in a session's decorator. */
function decoratorTags(decorator: string): string[] {
  const list = /\btags\s*=\s*\[([^\]]*)\]/.exec(decorator)?.[1] ?? '';
  return [...list.matchAll(/["']([\w.-]+)["']/g)].map((t) => t[1] as string);
}

/**
 * A session named for nothing certain (`typing_api`) whose tags say its kind (`tags=["typing"]`): nox
 * groups sessions by tag (`nox -t typing` runs them all), so the tag is the project's own word for
 * what the session is. Used only when the tags agree on one level.
 */
function levelOfTags(tags: string[]): GateLevel | undefined {
  const levels = new Set(tags.map((t) => levelOfEnvName(t)).filter((l): l is GateLevel => l !== undefined));
  return levels.size === 1 ? [...levels][0] : undefined;
}
