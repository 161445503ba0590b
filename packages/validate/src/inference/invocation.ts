import { afterEnvironmentShell } from './environment-shell.js';
import { withoutNxCloudRecord } from './nx-cloud.js';
import { withoutHatchOptions } from './hatch-options.js';
import { withoutManagerOptions } from './manager-options.js';
import { noxSessionName } from './nox-session-name.js';

/** Which project script a command line runs: `pnpm lint`, `make test`, `tox run -e typing`, `uv run nox -s test-3.12`. */
export interface Invocation {
  runner: 'node' | 'deno' | 'make' | 'just' | 'task' | 'mage' | 'tox' | 'nox' | 'hatch' | 'poe' | 'rake' | 'xc' | 'file';
  /** The script, target, environment or session ("" for a runner's default). */
  name: string;
}

const VALUE_OPTIONS = /^--(group|only-group|extra|python|with|from|package|directory|project|env-file|index|frozen-lockfile|spec)$/;
const NODE_BUILTINS =
  /^(install|i|ci|add|remove|rm|exec|dlx|x|create|init|link|unlink|publish|pack|info|why|outdated|up|upgrade|dedupe|audit|config|set|env|workspaces?|cache|version|import|patch|rebuild|prune|store|self-update|node|help|bin|tsc)$/;

/** Tool runners that fetch the tool first, and how many words they take. */
const FETCHERS: [RegExp, number][] = [
  [/^uvx(\s|$)/, 1],
  [/^pipx run(\s|$)/, 2],
  [/^uv tool run(\s|$)/, 3],
];

/** The command without environment assignments and environment wrappers (`uv run`, `poetry run`, `bundle exec`, `python -m`). */
export function stripPrefixes(command: string): string {
  // `FLAGS="--count 10 --timeout 30m" make x`: a quoted value holds spaces, so leading assignments go before splitting.
  let words = command
    .trim()
    .replace(/^(?:(?:env\s+)?[A-Z_][A-Z0-9_]*=(?:"[^"]*"|'[^']*'|\S*)\s+)+/, '')
    .split(/\s+/);
  words = withoutManagerOptions(withoutHatchOptions(words));
  for (let changed = true; changed;) {
    changed = false;
    while (words[0] === 'env' || /^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? '') || words[0] === 'time' || words[0] === 'exec') {
      words = words.slice(1);
      changed = true;
    }
    const asRoot = withoutSudo(words);
    if (asRoot !== words) {
      words = asRoot;
      changed = true;
    }
    const bin = withoutNxCloudRecord(packageBinary(words));
    if (bin !== words) {
      words = bin;
      changed = true;
    }
    // `nix develop --command xc test`, `nix develop .#ci -c make lint`: the flake's shell runs the command.
    const nixCommand = words[0] === 'nix' && words[1] === 'develop' ? words.findIndex((w) => w === '--command' || w === '-c') : -1;
    if (nixCommand > 0 && words.length > nixCommand + 1) {
      words = words.slice(nixCommand + 1);
      changed = true;
      continue;
    }
    const shelled = afterEnvironmentShell(words);
    if (shelled) {
      words = shelled;
      changed = true;
      continue;
    }
    const pair = `${words[0]} ${words[1]}`;
    // Tool runners that fetch the tool first (`pipx run nox`, `uvx --with tox-uv tox`, `uv tool run ruff`).
    const fetcher = FETCHERS.find(([re]) => re.test(words.slice(0, 3).join(' ')))?.[1] ?? 0;
    if (fetcher > 0) {
      words = words.slice(fetcher);
      while (words[0]?.startsWith('-')) words = words.slice(VALUE_OPTIONS.test(words[0]) && !words[0].includes('=') ? 2 : 1);
      changed = true;
      continue;
    }
    if (/^(uv run|poetry run|pdm run|pipenv run|bundle exec|rye run|hatch run|python -m|python3 -m|py -m)$/.test(pair)) {
      // `hatch run test:python -m pip install x` runs a tool inside the `test` environment: the tool is the command.
      if (pair === 'hatch run' && /^[\w.-]+:(pytest|ruff|mypy|python3?)$/.test(words[2] ?? ''))
        words = [...words.slice(0, 2), (words[2] as string).split(':')[1] as string, ...words.slice(3)];
      if (pair === 'hatch run' && words[2] && !/^-/.test(words[2]) && !/^(pytest|ruff|mypy|python)$/.test(words[2])) break;
      words = words.slice(2);
      while (words[0]?.startsWith('-')) words = words.slice(VALUE_OPTIONS.test(words[0]) && !words[0].includes('=') ? 2 : 1);
      changed = true;
    }
  }
  return words.join(' ');
}

/** sudo's options that take a value (`-u user`, `-g group`, `-C fd`, `-p prompt`, `-D dir`). */
const SUDO_VALUE_OPTION = /^-[ugCpDhrt]$/;

/**
 * `sudo make lint`, `sudo -E make test`: sudo runs the command as root, which changes whose files it may
 * touch, not what it checks; the command is the one sudo runs. A bare `sudo` or `sudo -s` (a shell) is left.
 */
function withoutSudo(words: string[]): string[] {
  if (words[0] !== 'sudo') return words;
  let i = 1;
  while (words[i]?.startsWith('-') && !/^-[si]$/.test(words[i] as string)) i += SUDO_VALUE_OPTION.test(words[i] as string) ? 2 : 1;
  return i < words.length && !words[i]?.startsWith('-') ? words.slice(i) : words;
}

const PACKAGE_BIN = /^(?:\.\/)?node_modules\/\.bin\/(\S+)$/;

/**
 * A package's binary called by its path (`./node_modules/.bin/lockfile-lint …`, `node
 * --max-old-space-size=6144 ./node_modules/.bin/tsc`) is that tool, as `npx` would run it.
 */
function packageBinary(words: string[]): string[] {
  const at = words[0] === 'node' ? words.findIndex((w, i) => i > 0 && !w.startsWith('-')) : 0;
  const bin = PACKAGE_BIN.exec(words[at] ?? '')?.[1];
  return bin === undefined ? words : [bin, ...words.slice(at + 1)];
}

function firstPlain(words: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '-C' || w === '-f' || w === '--file' || w === '--dir' || w === '-d' || w === '--taskfile' || w === '--justfile') {
      i++;
      continue;
    }
    if (w.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) continue;
    return w;
  }
  return undefined;
}

function toxName(words: string[]): string {
  const e = words.findIndex((w) => w === '-e' || w === '-f' || w === '-m' || w.startsWith('-e=') || w.startsWith('--env='));
  if (e < 0) return '';
  const value = words[e]?.includes('=') ? (words[e] as string).split('=')[1] : words[e + 1];
  // `tox -e $BASE`, `tox -e "$TOX_TARGET-$BASE"`: environments the script picks at run time are
  // some of the configured ones, which is what a bare `tox` (its env_list) stands for.
  if (/^["']?(\$\{?\w+\}?[-,.]?)+["']?$/.test(value ?? '')) return '';
  // `-f tests` selects by factor, `-m check` by label (tox's `labels = check = typing, …`).
  return words[e] === '-f' || words[e] === '-m' ? `${words[e] as string} ${value ?? ''}` : (value ?? '');
}

/** The project script a command runs, or undefined when it runs a tool directly. */
export function scriptInvocation(command: string): Invocation | undefined {
  const words = stripPrefixes(command).split(/\s+/);
  const [head, second] = words;
  const rest = words.slice(1);
  if (head === 'npm') {
    if (second === 'test' || second === 't') return { runner: 'node', name: 'test' };
    // `npm run -s test-node-run -- …`: the script is the first word that is not an option.
    if (second === 'run' || second === 'run-script') {
      const name = words.slice(2).find((w) => !w.startsWith('-'));
      return name ? { runner: 'node', name } : undefined;
    }
    return undefined;
  }
  if (head === 'pnpm' || head === 'yarn' || head === 'bun') {
    const args = rest.filter((w) => !w.startsWith('-'));
    const name = args[0] === 'run' ? args[1] : args[0];
    if (!name || (args[0] !== 'run' && (NODE_BUILTINS.test(name) || (head === 'bun' && name === 'test')))) return undefined;
    return { runner: 'node', name };
  }
  if (head === 'deno' && second === 'task') {
    const name = firstPlain(words.slice(2));
    return name ? { runner: 'deno', name } : undefined;
  }
  if (head === 'make' || head === 'gmake') return { runner: 'make', name: firstPlain(rest) ?? '' };
  if (head === 'just') return { runner: 'just', name: firstPlain(rest) ?? '' };
  // mage matches target names case-insensitively (`mage -v check` runs `func Check()`).
  if (head === 'mage') return { runner: 'mage', name: (firstPlain(rest) ?? '').toLowerCase() };
  if (head === 'task' || head === 'go-task') return { runner: 'task', name: firstPlain(rest) ?? 'default' };
  // xc runs a task of the README's `## Tasks` section (xc-tasks.ts).
  if (head === 'xc') return { runner: 'xc', name: firstPlain(rest) ?? '' };
  if (head === 'tox') return { runner: 'tox', name: toxName(rest) };
  if (head === 'nox') {
    const s = rest.findIndex((w) => w === '-s' || w === '--session' || w === '-e');
    // `nox -t py-sqla20` selects sessions by tag: its own selection, not every session.
    const t = rest.findIndex((w) => w === '-t' || w === '--tags' || w === '-k');
    return { runner: 'nox', name: s >= 0 ? noxSessionName(rest[s + 1] ?? '') : t >= 0 ? `-t ${rest[t + 1] ?? ''}` : '' };
  }
  // `hatch run +py=3.12 test:cov`: `+x=`/`-x=` select matrix variables, the script comes after.
  if (head === 'hatch' && second === 'run') return { runner: 'hatch', name: words.slice(2).find((w) => !/^[+-]/.test(w)) ?? '' };
  // poethepoet: `poe lint`, `uv run poe check`.
  if (head === 'poe') return { runner: 'poe', name: firstPlain(rest) ?? '' };
  if (head === 'rake' || (head === 'bin/rake' && second)) return { runner: 'rake', name: firstPlain(rest) ?? '' };
  // A script file of the repository: `scripts/test`, `./script/lint.sh`, `bash scripts/test.sh`, `python tools/gen.py`.
  const interpreted = /^(bash|sh|zsh|python3?|node)$/.test(head ?? '');
  const file = interpreted ? second : head;
  if (file && /^(\.\/)?(scripts?\/[\w./-]+|[\w.-]+\/[\w./-]+\.(sh|bash|py))$/.test(file))
    return { runner: 'file', name: file.replace(/^\.\//, '') };
  // A shell script at the root: `./ci.sh`, `bash test.sh`.
  if (file && (/^\.\/[\w.-]+\.(sh|bash)$/.test(file) || (interpreted && /^[\w.-]+\.(sh|bash)$/.test(file))))
    return { runner: 'file', name: file.replace(/^\.\//, '') };
  return undefined;
}
