import { mageBodies } from './mage.js';
import { recipes, withDependencies } from './make.js';
import { scriptInvocation, type Invocation } from './invocation.js';
import type { ProjectDir } from './project-dir.js';
import { TASKFILE_NAMES, taskBodies } from './taskfile.js';

/** Every script body of a folder by `runner\0name`: package.json scripts, deno tasks, Makefile, justfile and Taskfile recipes. */
export function scriptTable(dir: ProjectDir): Map<string, string> {
  const out = new Map<string, string>();
  const put = (runner: Invocation['runner'], entries: Iterable<[string, string]>): void => {
    for (const [name, body] of entries) out.set(`${runner}\0${name}`, body);
  };
  const scripts = dir.readJson('package.json')?.['scripts'];
  if (scripts && typeof scripts === 'object')
    put(
      'node',
      Object.entries(scripts as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  const deno = dir.first('deno.json', 'deno.jsonc');
  const tasks = deno ? dir.readJson(deno)?.['tasks'] : undefined;
  if (tasks && typeof tasks === 'object')
    put(
      'deno',
      Object.entries(tasks as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    );
  const makefile = dir.first('Makefile', 'makefile', 'GNUmakefile');
  if (makefile) {
    const bodies = recipes(dir.read(makefile) ?? '');
    put(
      'make',
      [...bodies.keys()].map((n) => [n, withDependencies(bodies, n)]),
    );
  }
  const justfile = dir.first('justfile', 'Justfile', '.justfile');
  if (justfile) {
    const bodies = recipes(dir.read(justfile) ?? '', true);
    put(
      'just',
      [...bodies.keys()].map((n) => [n, withDependencies(bodies, n)]),
    );
  }
  put('mage', mageBodies(dir));
  const taskfile = dir.first(...TASKFILE_NAMES);
  if (taskfile) put('task', taskBodies(dir.read(taskfile) ?? ''));
  return out;
}

/** What a command runs when it calls a project script, the scripts that script calls included (two levels). */
export function resolveBody(table: Map<string, string>, command: string, depth = 2): string | undefined {
  const inv = scriptInvocation(command);
  if (!inv) return undefined;
  // A Makefile pattern rule (`test-%:`) stands for every name it matches (`make test-full`).
  const pattern =
    inv.runner === 'make'
      ? [...table.keys()].find((k) => k.startsWith('make\0') && /[-_]$/.test(k) && `make\0${inv.name}`.startsWith(k))
      : undefined;
  const body = table.get(`${inv.runner}\0${inv.name}`) ?? (pattern ? table.get(pattern) : undefined);
  if (body === undefined || depth <= 0) return body;
  const nested = body
    .split(/\r?\n|\s&&\s|;\s/)
    .map((line) => resolveBody(table, line.trim(), depth - 1))
    .filter((b): b is string => b !== undefined);
  return [body, ...nested].join('\n');
}
