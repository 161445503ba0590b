/**
 * Azure Pipelines' `DotNetCoreCLI@2` task with `command: test` runs `dotnet test` on the projects its
 * `projects` input names (a glob or a path; the folder's own project or solution when absent), with its
 * `arguments`: the task is the project's test run, spelled as the dotnet line it executes. Its other
 * commands (restore, build, pack, publish, custom tool installs) check nothing.
 * https://learn.microsoft.com/azure/devops/pipelines/tasks/reference/dotnet-core-cli-v2
 */
export function dotnetTestTaskScript(task: string, inputs: Record<string, unknown>): string | undefined {
  if (task !== 'DotNetCoreCLI' || String(inputs['command'] ?? '').trim() !== 'test') return undefined;
  const projects = typeof inputs['projects'] === 'string' ? inputs['projects'].trim() : '';
  const args = typeof inputs['arguments'] === 'string' ? inputs['arguments'].trim() : '';
  // `**/*Tests.csproj`: a glob the task expands; `dotnet test` in the folder finds the same projects.
  const target = projects === '' || /[*?]/.test(projects) || projects.includes('\n') ? '' : ` ${projects}`;
  return `dotnet test${target}${args === '' ? '' : ` ${args}`}`;
}
