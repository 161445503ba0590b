import type { DetectContext } from './detector.js';
import { levelOfScript, pickScripts } from './detector.js';
import { evidenceIn } from './evidence.js';
import { withDependencies } from './make.js';
import type { ProjectDir } from './project-dir.js';
import type { Candidate } from './types.js';

/** The Go files that hold a folder's mage targets: `magefile.go`, or the files of `magefiles/`. */
export function mageFiles(dir: ProjectDir): string[] {
  const folder = dir.isDir('magefiles')
    ? dir
        .list('magefiles')
        .filter((n) => n.endsWith('.go'))
        .map((n) => `magefiles/${n}`)
    : [];
  return [...(dir.has('magefile.go') ? ['magefile.go'] : []), ...folder];
}

/** `sh.Run(goexe, "vet", "./...")`, `runCmd(env, goexe, "test", "-race", "./...")`: the command line a Go call runs. */
function commandOfCall(line: string): string | undefined {
  if (!/\b(sh\.\w+|exec\.Command(Context)?|run\w*)\(/.test(line)) return undefined;
  const words = [...line.matchAll(/"((?:[^"\\]|\\.)*)"|\b(goexe|mg\.GoCmd\(\))/g)].map((m) => (m[1] !== undefined ? m[1] : 'go'));
  return words.length > 0 && words[0] !== '' ? words.join(' ') : undefined;
}

/**
 * Mage targets by lower-case name (mage matches names case-insensitively): each exported function's
 * body as the commands it runs, its `mg.Deps(Fmt, Vet)` kept as a prerequisites line, as a Makefile
 * recipe's are (see withDependencies).
 */
export function mageTargets(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const head = /^func ([A-Z]\w*)\s*\(/.exec(line);
    if (head) {
      current = (head[1] as string).toLowerCase();
      out.set(current, '#: ');
      continue;
    }
    if (/^(func|var|const|type)\s/.test(line)) current = undefined;
    if (current === undefined) continue;
    const deps = /\bmg\.\w*Deps\(([^)]*)\)/.exec(line);
    if (deps) {
      const names = (deps[1] as string)
        .split(',')
        .map((d) => d.trim().replace(/^mg\.F\(/, ''))
        .filter((d) => /^[A-Z]\w*$/.test(d))
        .map((d) => d.toLowerCase());
      const body = out.get(current) as string;
      const [first, ...rest] = body.split('\n');
      out.set(current, [`${first} ${names.join(' ')}`.replace(/#:\s+/, '#: '), ...rest].join('\n'));
      continue;
    }
    const command = commandOfCall(line);
    if (command) out.set(current, `${out.get(current) ?? ''}\n${command}`);
  }
  return out;
}

/** Every mage target of a folder with its body, prerequisites included. */
export function mageBodies(dir: ProjectDir): Map<string, string> {
  const own = mageTargets(
    mageFiles(dir)
      .map((f) => dir.read(f) ?? '')
      .join('\n'),
  );
  return new Map([...own.keys()].map((n) => [n, withDependencies(own, n)]));
}

/** Mage (magefile.go / magefiles/): targets named like gates whose body only looks, as `mage <target>`. */
export function detectMage({ dir }: DetectContext): Candidate[] {
  const files = mageFiles(dir);
  if (files.length === 0) return [];
  const bodies = mageBodies(dir);
  const file = files[0] as string;
  return pickScripts([...bodies.keys()], (n) => levelOfScript(n, bodies.get(n))).map(({ name, level }) => ({
    level,
    name,
    command: `mage ${name}`,
    kind: 'script' as const,
    ecosystem: 'mage',
    body: bodies.get(name) ?? '',
    evidence: evidenceIn(dir, file, new RegExp(`^func ${name}\\s*\\(`, 'im')),
  }));
}
