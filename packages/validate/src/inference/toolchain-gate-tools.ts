import type { GateLevel } from './types.js';

/**
 * Gate tools of toolchains without a manifest detector (Dart, Erlang, Elixir, Lua, Swift, Haskell, OCaml,
 * Crystal, Scala):
 * their names carry no `lint` or `test` word, so the generic rules miss them and CI's line is the only
 * witness there is. Each is its toolchain's documented check or test command:
 * - `dart format --set-exit-if-changed`, `dart analyze`/`flutter analyze`: Dart's format check and analyzer;
 * - `rebar3 xref|dialyzer|lint|fmt --check`, `mix format --check-formatted|credo|dialyzer`: BEAM checks;
 * - `luacheck`, `swiftlint`, `swift-format lint`, `hlint`, `ormolu --mode check`, `dune build @fmt`: linters;
 * - `stylua --check` (Lua's formatter in check mode), `ameba` (Crystal's linter), `scalafmt --check|--test`
 *   (the scalafmt CLI's check modes, often a launcher committed as `bin/scalafmt`);
 * - `rebar3 ct|eunit|proper`, `busted`, `crystal spec`: Erlang's Common Test / EUnit runners, Lua's busted,
 *   Crystal's spec runner (its only test command: the word `spec` is not `test`), and dune's `runtest`
 *   (alias `test`, or the `@runtest` alias built): one word, so `\btest\b` misses it.
 */
const CHECK_TOOLS =
  /^((dart|flutter) format\s(.*\s)?--set-exit-if-changed\b|(dart|flutter) analyze\b|rebar3 (xref|dialyzer|lint|fmt\s(.*\s)?--check)\b|mix (format\s(.*\s)?--check-formatted|credo|dialyzer)\b|luacheck\b|swiftlint\b|swift[- ]format lint\b|hlint\b|ormolu\s(.*\s)?--mode[= ]check\b|dune build\s(.*\s)?@fmt\b|stylua\s(.*\s)?--check\b|ameba\b|scalafmt\s(.*\s)?--(check|test)\b)/;
const TEST_RUNNERS = /^(rebar3 (ct|eunit|proper)\b|busted\b|crystal spec\b|dune (runtest|test)\b|dune build\s(.*\s)?@runtest\b)/;

export function levelOfToolchainGate(command: string): GateLevel | undefined {
  if (CHECK_TOOLS.test(command)) return 1;
  if (TEST_RUNNERS.test(command)) return 2;
  return undefined;
}
