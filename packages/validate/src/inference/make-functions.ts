/**
 * GNU make's user-defined functions: `define run_parallel` … `endef` is a variable whose value a
 * recipe line `$(call run_parallel,test)` expands, with `$(1)`, `$(2)`, … replaced by the arguments.
 * What the recipe runs is that expansion, so a target whose whole recipe is a `$(call …)` is read
 * through it (cpp-httplib's `test_openssl_parallel` runs `./test` in shards that way).
 */
export function makeDefines(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let name: string | undefined;
  let body: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const open = /^define\s+([\w.-]+)\s*(?:=|:=|::=)?\s*$/.exec(line);
    if (name === undefined && open) {
      name = open[1] as string;
      body = [];
    } else if (name !== undefined && /^endef\b/.test(line.trim())) {
      out.set(name, body);
      name = undefined;
    } else if (name !== undefined) body.push(line.trim());
  }
  return out;
}

/** A recipe line `$(call name,a,b)` with the lines of `name` it stands for, or the line itself. */
export function expandCall(line: string, defines: ReadonlyMap<string, string[]>): string[] {
  const m = /^[@-]*\$\(call\s+([\w.-]+)((?:,[^,()]*)*)\)\s*$/.exec(line.trim());
  const lines = m ? defines.get(m[1] as string) : undefined;
  if (!m || !lines) return [line];
  const args = (m[2] ?? '').split(',').slice(1);
  return lines.map((l) => l.replace(/\$\((\d+)\)/g, (_all, n: string) => args[Number(n) - 1] ?? ''));
}
