/**
 * `TEST_PATHS=(` … `)` spread over lines assigns a bash array: the lines between are its words (paths,
 * names), not commands, so `tests/api_resources` in it runs no tests. Dropped from a script's body before
 * the body is judged. https://www.gnu.org/software/bash/manual/html_node/Arrays.html
 */
export function withoutArrayLiterals(body: string): string {
  const out: string[] = [];
  let inArray = false;
  for (const line of body.split(/\r?\n/)) {
    if (inArray) {
      if (/\)\s*$/.test(line)) inArray = false;
      continue;
    }
    if (/^\s*(?:(?:local|declare|readonly|export)(?:\s+-\w+)*\s+)?[A-Za-z_]\w*\+?=\(\s*(#.*)?$/.test(line)) {
      inArray = true;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}
