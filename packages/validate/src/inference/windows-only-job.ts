/**
 * A job that runs only on Windows runners (`runs-on: windows-2025`, `[self-hosted, windows]`, or a
 * matrix of Windows images only). A `runs-on` naming an expression over a mixed matrix
 * (`${{ matrix.os }}` with ubuntu and windows) is not Windows-only.
 */
export function isWindowsOnlyJob(job: Record<string, unknown>): boolean {
  const labels = runnerLabels(job['runs-on'], job);
  return labels.length > 0 && labels.every((label) => /windows/i.test(label));
}

/** Each runner the job may run on, one string per choice (a label set joined by spaces). */
function runnerLabels(runsOn: unknown, job: Record<string, unknown>): string[] {
  if (Array.isArray(runsOn)) return [runsOn.map(String).join(' ')];
  if (typeof runsOn === 'object' && runsOn !== null) return runnerLabels((runsOn as Record<string, unknown>)['labels'], job);
  if (typeof runsOn !== 'string') return [];
  const path = /^\$\{\{\s*matrix\.([\w.-]+)\s*\}\}$/.exec(runsOn.trim())?.[1]?.split('.');
  if (path === undefined) return runsOn.includes('${{') ? [] : [runsOn];
  const matrix = (job['strategy'] as Record<string, unknown> | undefined)?.['matrix'] as Record<string, unknown> | undefined;
  const [key = '', ...rest] = path;
  const values = matrix?.[key];
  const included = Array.isArray(matrix?.['include']) ? (matrix['include'] as Record<string, unknown>[]).map((row) => row?.[key]) : [];
  // `runs-on: ${{ matrix.system.os }}` over `system: [{ os: windows-2022, … }]`: the field of each entry.
  const all = [...(Array.isArray(values) ? values : []), ...included].map((v) => fieldAt(v, rest)).filter((v) => v !== undefined);
  return all.every((v) => typeof v === 'string') ? (all as string[]) : [];
}

/** The workflow's Windows-only jobs, when it also has a job for another system (else none: Windows is the project's platform). */
export function windowsOnlyJobNames(jobs: Record<string, unknown>): Set<string> {
  const entries = Object.entries(jobs).filter((e): e is [string, Record<string, unknown>] => typeof e[1] === 'object' && e[1] !== null);
  const windows = entries.filter(([, job]) => isWindowsOnlyJob(job)).map(([name]) => name);
  return windows.length < entries.length ? new Set(windows) : new Set();
}

/**
 * Windows-only programs and paths: the `py` launcher, `xcopy`/`robocopy`/`mklink`, `.bat`/`.cmd`/`.ps1`/`.exe`
 * files (by a drive path too: `C:\msys64\msys2_shell.cmd`), `cmd`, PowerShell, `.\x`, and MSYS2's MinGW toolchains (`mingw32-make`, `/mingw64/bin/…`), after
 * any leading settings (`PATH=/mingw64/bin:$PATH /mingw32/bin/mingw32-make test`).
 */
const WINDOWS_SPELLING =
  /^(?:[A-Za-z_]\w*=\S*\s+)*(py(\s|$)|(xcopy|robocopy|mklink)(\.exe)?\s|cmd(\.exe)?\s+\/[cCkK]\b|powershell(\.exe)?\b|pwsh\b|\.\\|([A-Za-z]:)?[\w./\\-]+\.(bat|cmd|ps1|exe)(\s|$)|(\S*\/)?mingw32-make(\.exe)?(\s|$)|\/(mingw32|mingw64|ucrt64|clang32|clang64|clangarm64)\/)/i;

/**
 * A command of a Windows-only job spelled for Windows (`py -m tornado.test`, `.\gradlew.bat check`):
 * ce runs the gates on the developer's own Unix-like machine, where the same checks come from the
 * project's other jobs. The job's portable commands (`bundle exec rspec`) still count.
 */
export function isWindowsSpelling(command: string): boolean {
  return WINDOWS_SPELLING.test(command.trim());
}

function fieldAt(value: unknown, path: string[]): unknown {
  let v = value;
  for (const name of path) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[name] : undefined;
  return v;
}
