import { setOnce } from './make-variable-targets.js';

// `-[\w-]+` and not `--?[\w-]+`: the same options, but one way to match each, so a long run of them
// before a non-option is rejected in linear time (the two ways per option made it exponential).
const OPTIONS = /^-[\w-]+(=[\w./:,-]*)?(\s+-[\w-]+(=[\w./:,-]*)?)*$/;

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
