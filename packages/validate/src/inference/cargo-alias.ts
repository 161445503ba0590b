import type { ProjectDir } from './project-dir.js';

/**
 * Cargo's `[alias]` table (`.cargo/config.toml`, or the older `.cargo/config`): `cargo xfmt --check`
 * runs `cargo fmt -- --config imports_granularity=Crate … --check` when the project defines
 * `xfmt = "fmt -- --config …"`. Cargo documents that an alias expands to its words followed by the
 * words the command line gives; a built-in subcommand cannot be overridden, so only unknown names
 * are aliases. CI's line keeps its own spelling; its kind is the expansion's.
 */

const BUILTIN =
  /^(build|b|check|c|clean|doc|d|new|init|add|remove|run|r|test|t|bench|update|search|publish|install|uninstall|fmt|clippy|fix|tree|vendor|metadata|package|rustc|rustdoc|locate-project|generate-lockfile|fetch|help|login|logout|owner|pkgid|report|verify-project|version|yank|info)$/;

/** The project's cargo aliases, name → words. */
export function cargoAliases(root: ProjectDir): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of ['.cargo/config.toml', '.cargo/config']) {
    const alias = root.readToml(file)['alias'];
    for (const [name, value] of Object.entries(alias && typeof alias === 'object' ? alias : {})) {
      const words = Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string').join(' ') : value;
      if (typeof words === 'string' && !BUILTIN.test(name) && !out.has(name)) out.set(name, words.trim());
    }
  }
  return out;
}

/** `cargo <alias> <args>` as cargo runs it, or undefined when the line calls no alias of the project. */
export function expandCargoAlias(command: string, aliases: ReadonlyMap<string, string>): string | undefined {
  const m = /^cargo(\s+\+\S+)?\s+([\w-]+)(\s.*)?$/.exec(command.trim());
  const expansion = m ? aliases.get(m[2] as string) : undefined;
  if (!m || expansion === undefined) return undefined;
  return `cargo${m[1] ?? ''} ${expansion}${m[3] ?? ''}`;
}
