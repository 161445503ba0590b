/**
 * `"clang-format-${LLVM_VER}" --dry-run -Werror "${f}"` in a loop over the files a pull request changed:
 * clang-format's check of the sources, one file at a time. Its only file is a shell variable, so the line
 * cannot be run as written; it stands for the check of the tracked sources. The program may carry LLVM's
 * version, as a number or a variable (`clang-format-18`, `clang-format-${LLVM_VER}`), quoted or not.
 */
export function isPerFileClangFormatCheck(command: string): boolean {
  if (!/^["']?clang-format(-[\d.]+|-\$\{?\w+\}?)?["']?\s(.*\s)?(--dry-run|-n)(\s|$)/.test(command.trim())) return false;
  const files = command
    .trim()
    .split(/\s+/)
    .slice(1)
    .filter((w) => !w.startsWith('-') && !/^(\d*|&)>/.test(w));
  return files.length > 0 && files.every((w) => /^["']?\$\{?\w+\}?["']?$/.test(w));
}
