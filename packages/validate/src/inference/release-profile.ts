/**
 * A build profile named `release` (`cargo test --release`, `swift test -c release`,
 * `dotnet test --configuration Release`) compiles with optimisations: the run is still the gate it
 * names, not a release of the project. The option is taken out before release steps are looked for.
 */
export function withoutReleaseProfile(command: string): string {
  return command.replace(/(^|\s)(--release|(-c|--configuration|--profile|--config)[=\s]["']?release["']?)(?=\s|$)/gi, '$1');
}
