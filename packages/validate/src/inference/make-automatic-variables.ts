/**
 * make's automatic variable `$@` is "the file name of the target of the rule"; with several targets
 * on one rule it is the one being made. `test: tests.c` + `./$@` runs the program just built, `./test`,
 * whose name says it is a test only once `$@` is read as the target. Only the program a command runs is
 * read so: elsewhere (`$(CC) -o $@ …`, `file $@`) the name is a file the recipe writes or reads, and the
 * word `test` in it would make a build look like a test run. A pattern rule's `$@` is the file the pattern
 * matched, not known here, and `$$@` is the shell's own `$@`: both stay as written.
 * https://www.gnu.org/software/make/manual/html_node/Automatic-Variables.html
 */
export function withTargetProgram(line: string, target: string): string {
  if (target.includes('%')) return line;
  return line.replace(/(^|&&|\|\||;)(\s*[@+-]*\s*)(\.\/)?(?<!\$)\$(?:@|\(@\)|\{@\})(?=\s|;|&|\||$)/g, `$1$2$3${target}`);
}
