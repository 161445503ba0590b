/**
 * A program that a CI job builds from sources the job itself writes is a consumer's check, not the
 * project's test: jsoncpp's ABI job writes `example-app/CMakeLists.txt` from a here-document, builds it
 * against the installed library and runs `./example-app/build/abi_test`; its amalgamation job writes
 * `test_amalgamation.cpp` and runs `./test_amalgamation`. Their names say test, but what they run is
 * CI's own little program: a developer has no such file to run. The program is matched to a written
 * file by its folder (the program is built under the folder the job wrote a build file into) or by its
 * stem (`test_amalgamation` from `test_amalgamation.cpp` beside it). Classification drops the run only
 * when the repository lacks that written file (a job may also rewrite a file the project has).
 */

/** The file a here-document line writes (`cat << 'EOF' > a/b.txt`, `cat > x.cpp <<EOF`, `tee x <<EOF`). */
function hereDocumentTarget(line: string): string | undefined {
  if (!/<<-?\s*['"]?\w+['"]?/.test(line)) return undefined;
  const target = /(?:^|\s)(?:>{1,2}\s*|tee\s+(?:-a\s+)?)(["']?)([^\s"'<>|;&]+)\1/.exec(line)?.[2];
  // `$GITHUB_OUTPUT`, `"${DPKG_DIR}/…"`: a file named by the run's variables is no source of the checkout.
  return target === undefined || target.includes('$') || target.startsWith('/') ? undefined : target.replace(/^\.\//, '');
}

/** Files the job's `run:` scripts write from here-documents, relative to the checkout. */
export function hereDocumentFiles(scripts: readonly string[]): string[] {
  return scripts.flatMap((script) => script.split('\n').flatMap((line) => hereDocumentTarget(line.trim()) ?? []));
}

/**
 * The written file a program run (`./example-app/build/abi_test`, `./test_amalgamation.exe`) was built
 * from, or undefined when the line runs no program by its path or none the job wrote.
 */
export function writtenSourceOf(command: string, written: readonly string[]): string | undefined {
  const program = /^\.\/((?:[\w.-]+\/)*[\w.-]+?)(?:\.exe)?(?=\s|$)/.exec(command.trim())?.[1];
  if (program === undefined) return undefined;
  return written.find((file) => {
    const slash = file.lastIndexOf('/');
    const folder = slash < 0 ? '' : file.slice(0, slash);
    const stem = file.replace(/\.[\w+]+$/, '');
    return (folder !== '' && program.startsWith(`${folder}/`)) || (stem !== file && program === stem);
  });
}
