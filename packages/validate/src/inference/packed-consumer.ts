/**
 * `npm pack` builds the tarball `npm publish` would upload. A later step of the same job that runs a
 * check from another folder (`test-published-types`: `npm install $TARBALL`, `npx tsc`) checks the
 * package as a consumer installs it: an integration test of the published artefact (level 3), whatever
 * tool runs it, not the project's own type check or unit tests.
 */

const PACK = /^(npm|pnpm|yarn|bun)\s+(pm\s+)?pack(\s|$)/;

/** The folder a `… pack` step packed, when the command is one. */
export function packedFolder(command: string, cwd: string): string | undefined {
  return PACK.test(command.trim()) ? cwd : undefined;
}

/** True when a step runs in a folder other than the packed one, after the pack: a consumer of the tarball. */
export function checksPackedPackage(packed: string | undefined, cwd: string): boolean {
  return packed !== undefined && cwd !== packed && !cwd.startsWith('\0');
}
