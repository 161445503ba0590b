/**
 * pytest's `addopts` as the ini reader sees it: a value may run over many indented lines, with
 * comment lines and blank lines between them (configparser / iniconfig keep reading while the next
 * non-blank line is indented), so the whole value is read, not its first line.
 */
export function addoptsValue(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*addopts\s*=/.test(l));
  if (start < 0) return '';
  const value = [(lines[start] as string).replace(/^\s*addopts\s*=\s*/, '')];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') continue;
    if (!/^[ \t]/.test(line)) break;
    if (/^\s*[#;]/.test(line)) continue;
    value.push(line.trim());
  }
  return value.filter((v) => v !== '').join(' ');
}

/** Markers an addopts `-m "not a and not b"` deselects by default, in order (`-m` in ini or TOML array form). */
export function deselectedMarkers(addopts: string): string[] {
  const expr = /-m[\s"',]*((?:not\s+\w+(?:\s+and\s+)?)+)/.exec(addopts)?.[1] ?? '';
  return [...expr.matchAll(/not\s+(\w+)/g)].map((m) => m[1] as string);
}
