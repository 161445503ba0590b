import { posix } from 'node:path';

/** A make run of another folder's or another file's makefile (`make -C tests all`, `$(MAKE) -f Makefile.lite check`). */
export const OTHER_MAKEFILE = /(^|\s)(-C|-f|--file|--makefile|--directory)(\s|=|$)/;

/**
 * The folder a make line runs in (`-C tests`, `--directory=py`), relative to the makefile's own folder and
 * inside it; undefined for another file (`-f`), a folder known only at run time (`-C $(TESTDIR)`) or one
 * that leaves the folder (`-C ../x`, `-C a/../../x`).
 */
export function makeFolder(line: string): string | undefined {
  if (/(^|\s)(-f|--file|--makefile)(\s|=|$)/.test(line)) return undefined;
  const raw = /(?:^|\s)(?:-C\s*|--directory[= ])([\w./-]+)(?=\s|$)/.exec(line)?.[1];
  if (raw === undefined) return undefined;
  const folder = posix.normalize(raw).replace(/\/$/, '');
  return folder.startsWith('..') || folder.startsWith('/') || folder === '.' ? undefined : folder;
}
