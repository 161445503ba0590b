import { setOnce } from './make-variable-targets.js';

const OPTIONS = /^--?[\w-]+(=[\w./:,-]*)?(\s+--?[\w-]+(=[\w./:,-]*)?)*$/;

/**
 * Variables that hold only options for the command they are written into: `SCANBUILD_FLAGS += --status-bugs -v`
 * before `$(SCANBUILD) $(SCANBUILD_FLAGS) $(MAKE) all`. make writes them out before the shell runs the line,
 * and an option can decide whether the line gates (scan-build fails on its reports only with
 * `--status-bugs`), so they are written out as well. Set once: with `=`, `:=`, `::=`, `?=`, or `+=` on a
 * name set nowhere else (make then appends to nothing). Values holding anything but options stay unread.
 * https://www.gnu.org/software/make/manual/html_node/Appending.html
 */
export function optionVariables(text: string): Map<string, string> {
  return setOnce(text, true, (value) => (OPTIONS.test(value) ? value : undefined));
}
