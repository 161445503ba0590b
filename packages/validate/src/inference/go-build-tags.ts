/** The build tags `go test` lines of a text select (`-tags acceptance`, `-tags=integration,slow`). */
function goTestTags(text: string): Set<string> | undefined {
  const lines = text.split('\n').filter((l) => /(^|\s)go\s+test(\s|$)/.test(l));
  if (lines.length === 0) return undefined;
  const tags = new Set<string>();
  for (const line of lines)
    for (const m of line.matchAll(/(?:^|\s)--?tags(?:=|\s+)["']?([\w,.-]+)/g))
      for (const t of (m[1] as string).split(',')) if (t) tags.add(t);
  return tags;
}

/**
 * A `go test` run selecting build tags (`make acceptance`: `go test -tags acceptance ./acceptance`) that
 * none of the CI runs sharing its tool selects (`go test -race -tags=integration ./...`): the tagged
 * files are compiled only with their tag, so CI never runs those tests and does not witness that run.
 */
export function selectsUnwitnessedTags(candidate: string, witnesses: readonly string[]): boolean {
  const own = goTestTags(candidate);
  if (own === undefined || own.size === 0) return false;
  return witnesses.every((w) => {
    const theirs = goTestTags(w);
    return theirs !== undefined && [...own].some((t) => !theirs.has(t));
  });
}
