import { asRecord } from '@ce/core';
import { isWindowsOnlyJob } from './windows-only-job.js';

/**
 * A GitHub Actions step run by PowerShell: `shell: pwsh` / `powershell` on the step, or as the job's or
 * workflow's `defaults.run.shell`, or no shell at all on a Windows runner or in a step only run there
 * (`if: runner.os == 'Windows'`): GitHub's documented default there is pwsh. Its script is PowerShell: assignments (`$pkg = Get-AppxPackage …`), blocks
 * (`if ($output -ne "ok") {`, `}`), cmdlets (`Write-Error`, `Join-Path`) and the call operator on a
 * variable (`& $exe`) are the language, not commands of the project; native commands (`go test ./...`,
 * `npm test`) are read as in any other shell.
 */

function defaultShell(node: Record<string, unknown> | undefined): unknown {
  return asRecord(asRecord(node?.['defaults'])?.['run'])?.['shell'];
}

/** A step condition that holds only on Windows runners. */
const ONLY_ON_WINDOWS =
  /runner\.os\s*==\s*['"]Windows['"]|(startsWith|contains)\(\s*(matrix\.[\w.-]+|runner\.os)\s*,\s*['"]windows['"]\s*\)|matrix\.[\w.-]+\s*==\s*['"]windows[\w.-]*['"]/i;

/** Whether a step's `run:` is a PowerShell script. */
export function runsInPowerShell(
  step: Record<string, unknown>,
  job: Record<string, unknown>,
  workflow: Record<string, unknown> | undefined,
): boolean {
  const shell = step['shell'] ?? defaultShell(job) ?? defaultShell(workflow);
  if (typeof shell === 'string') return /^(pwsh|powershell)\b/.test(shell.trim());
  if (isWindowsOnlyJob(job)) return true;
  // `if: runner.os == 'Windows'` (or `startsWith(matrix.os, 'windows')`): the step only runs on Windows.
  const only = step['if'];
  return typeof only === 'string' && ONLY_ON_WINDOWS.test(only) && !/\|\||!=|!\s*(startsWith|contains)/.test(only);
}

/** PowerShell's own syntax, which runs no program of the project. */
const LANGUAGE =
  /^(\$[\w:]+(\.\w+|\[[^\]]*\])*\s*[-+*/]?=|(if|elseif|else|foreach|for|while|do|switch|try|catch|finally|function|param|return|throw|exit|break|continue)\b|[{}()]|&\s+\$|[A-Z][a-z]+-[A-Z][A-Za-z]*\b)/;

/** The script's lines that run commands: the PowerShell syntax dropped, backtick continuations joined. */
export function withoutPowerShellSyntax(script: string): string {
  const joined = script.replace(/`\r?\n\s*/g, ' ');
  return joined
    .split(/\r?\n/)
    .filter((line) => !LANGUAGE.test(line.trim()))
    .join('\n');
}
