import type { GateLevel } from './types.js';

/**
 * The .NET CLI's checks as CI runs them: `dotnet format --verify-no-changes` (whole, or its `whitespace` /
 * `style` / `analyzers` parts) fails on unformatted code without writing, a level-1 gate whose words name
 * no lint tool; without that flag it rewrites the files. 'none' for every other line (test runs are
 * judged by their words, builds as builds).
 */
export function levelOfDotnetLine(c: string): GateLevel | undefined | 'none' {
  // Scaffolding and packaging (`dotnet new console -n Tests`, `dotnet add x.csproj package y`, `dotnet pack`)
  // prepare or ship a project; a word like "Tests" in their arguments names a project, not a run.
  if (/^dotnet\s+(new|add|remove|restore|sln|nuget|pack|publish|workload|tool\s+(install|restore|update))(\s|$)/.test(c)) return undefined;
  if (!/^dotnet\s+format(\s|$)/.test(c)) return 'none';
  return /(^|\s)--verify-no-changes(\s|=|$)/.test(c) ? 1 : undefined;
}
