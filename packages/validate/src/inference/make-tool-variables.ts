/**
 * Makefiles that install a pinned linter into a folder of their own and call it through a variable:
 * `GOLANGCI = $(TOOLS_BIN)/golangci-lint-$(GOLANGCI_VERSION)` then `$(GOLANGCI) run` (kubebuilder's
 * `GOLANGCI_LINT = $(LOCALBIN)/golangci-lint-$(GOLANGCI_LINT_VERSION)` is the same shape). The value is
 * computed, so it is no plain variable, yet its last path part names the program the line runs: the
 * tool's name with the version the file name carries dropped. Only values that are one path ending in
 * a name (a folder before it) are read, set once; anything else stays as the recipe writes it.
 */
export function toolPathVariables(text: string): Map<string, string> {
  const tools = new Map<string, string>();
  const seen = new Set<string>();
  for (const m of text.matchAll(/^([A-Za-z_][\w.-]*)[ \t]*(?:=|:=|::=|\?=)[ \t]*(\S+)[ \t]*$/gm)) {
    const [name, value] = [m[1] as string, m[2] as string];
    const tool = programOfPath(value);
    if (seen.has(name)) tools.delete(name);
    else if (tool !== undefined) tools.set(name, tool);
    seen.add(name);
  }
  return tools;
}

/** `$(BIN)/golangci-lint-$(VERSION)` → `golangci-lint`; `$(BIN)/staticcheck` → `staticcheck`; undefined otherwise. */
function programOfPath(value: string): string | undefined {
  const slash = value.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const file = value.slice(slash + 1).replace(/-(\$[({][\w.-]+[)}]|v?\d[\w.]*)$/, '');
  return /^[a-z][\w-]*[a-z]$/.test(file) ? file : undefined;
}
