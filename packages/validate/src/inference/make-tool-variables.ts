import { setOnce } from './make-variable-targets.js';

/**
 * Makefiles that install a pinned linter into a folder of their own and call it through a variable:
 * `GOLANGCI = $(TOOLS_BIN)/golangci-lint-$(GOLANGCI_VERSION)` then `$(GOLANGCI) run` (kubebuilder's
 * `GOLANGCI_LINT = $(LOCALBIN)/golangci-lint-$(GOLANGCI_LINT_VERSION)` is the same shape). The value is
 * computed, so it is no plain variable, yet its last path part names the program the line runs: the
 * tool's name with the version the file name carries dropped. Only values that are one path ending in
 * a name (a folder before it) are read, set once; anything else stays as the recipe writes it.
 */
export function toolPathVariables(text: string): Map<string, string> {
  return setOnce(text, false, programOfPath);
}

/** `$(BIN)/golangci-lint-$(VERSION)` → `golangci-lint`; `$(BIN)/staticcheck` → `staticcheck`; undefined otherwise. */
function programOfPath(value: string): string | undefined {
  const slash = value.lastIndexOf('/');
  if (slash <= 0 || /\s/.test(value)) return undefined;
  const file = value.slice(slash + 1).replace(/-(\$[({][\w.-]+[)}]|v?\d[\w.]*)$/, '');
  return /^[a-z][\w-]*[a-z]$/.test(file) ? file : undefined;
}
