// Loaded by bin/run.js before anything else for every command: node builtins only; what a
// command needs is imported when it runs.
import type { Progress } from '../progress.js';
import { hasUserPlugins } from './user-plugins.js';

/** A command ce can run without loading oclif, with the flags it understands besides the global ones. */
interface DirectCommand {
  /** oclif's command id, for the run log and the root rules. */
  id: string;
  /** The words that name it on the command line (the space-separated spelling only). */
  words: readonly string[];
  /** Its own boolean flags, without the `--`. */
  booleans: readonly string[];
  run(root: string, flags: ReadonlySet<string>, io: { progress: Progress; log: (line: string) => void }): Promise<unknown>;
}

/**
 * The commands worth the direct path: those an agent's hook or an editor runs after every edit, where
 * oclif's start-up (≈ 100 CommonJS modules, its config and plugin loading) is a large part of the
 * wait. Each entry calls the same function as its oclif command.
 */
const DIRECT_COMMANDS: readonly DirectCommand[] = [
  {
    id: 'context:sync',
    words: ['context', 'sync'],
    booleans: ['full'],
    run: async (root, flags, io) => (await import('../context/run-context-sync.js')).runContextSync(root, flags.has('full'), io),
  },
];

export interface DirectInvocation {
  command: DirectCommand;
  /** argv after the command's words, as oclif gives a command its argv. */
  argv: string[];
  json: boolean;
  cwd: string | undefined;
  booleans: Set<string>;
}

/**
 * `argv` as a direct invocation, or undefined when oclif must run it. Only what the direct path
 * answers exactly as oclif would is taken: the command's words, its own and the global flags each
 * at most once, nothing else (help, a `--`, an unknown flag, a missing value: oclif says what is
 * wrong). JSON on a terminal (oclif colours it), `CE_CONTENT_TYPE` (oclif's JSON switch) and
 * installed plugins (which may hook every command) also go through oclif.
 */
export function directInvocation(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): DirectInvocation | undefined {
  const command = DIRECT_COMMANDS.find((c) => c.words.every((word, i) => argv[i] === word));
  if (!command || env['CE_CONTENT_TYPE'] !== undefined) return undefined;
  const rest = argv.slice(command.words.length);
  const flags = readFlags(rest, command.booleans);
  if (!flags) return undefined;
  const json = flags.booleans.delete('json');
  if ((json && process.stdout.isTTY) || hasUserPlugins(env)) return undefined;
  return { command, argv: rest, json, cwd: flags.cwd, booleans: flags.booleans };
}

/** The flags of `args` when each is known and given once, else undefined. */
function readFlags(args: readonly string[], own: readonly string[]): { booleans: Set<string>; cwd: string | undefined } | undefined {
  const known = new Set([...own, 'json', 'verbose']);
  const booleans = new Set<string>();
  let cwd: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name !== undefined && known.has(name) && !booleans.has(name)) {
      booleans.add(name);
      continue;
    }
    if (cwd !== undefined) return undefined;
    if (name?.startsWith('cwd=')) cwd = name.slice(4);
    else if (name === 'cwd' && i + 1 < args.length && !args[i + 1]!.startsWith('-')) cwd = args[++i];
    else return undefined;
    if (!cwd) return undefined;
  }
  return { booleans, cwd };
}
