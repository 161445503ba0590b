/**
 * Variables that hold only options for the command they are written into: `SCANBUILD_FLAGS += --status-bugs -v`
 * before `$(SCANBUILD) $(SCANBUILD_FLAGS) $(MAKE) all`. make writes them out before the shell runs the line,
 * and an option can decide whether the line gates (scan-build fails on its reports only with
 * `--status-bugs`), so they are written out as well. Set once: with `=`, `:=`, `::=`, `?=`, or `+=` on a
 * name set nowhere else (make then appends to nothing). Values holding anything but options stay unread.
 * https://www.gnu.org/software/make/manual/html_node/Appending.html
 */
export function optionVariables(text: string): Map<string, string> {
  const options = new Map<string, string>();
  const seen = new Set<string>();
  for (const m of text.matchAll(/^([A-Za-z_][\w.-]*)[ \t]*(?:=|:=|::=|\?=|\+=)[ \t]*(.*)$/gm)) {
    const [name, value] = [m[1] as string, (m[2] as string).trim()];
    if (seen.has(name)) options.delete(name);
    else if (/^--?[\w-]+(=[\w./:,-]*)?(\s+--?[\w-]+(=[\w./:,-]*)?)*$/.test(value)) options.set(name, value);
    seen.add(name);
  }
  return options;
}
