/**
 * Whether a command only measures speed: `go test -bench . -run '^$'` (or `-run=^Benchmark`,
 * `-run NONE`) selects no test, so it runs benchmarks alone. A benchmark fails on nothing a change
 * may break but a panic, so it is not a gate. `go test -race -bench . ./...` without such a `-run`
 * still runs every test and stays one.
 */
export function isBenchmarkOnly(command: string): boolean {
  if (!/(^|\s)go test\s/.test(command) || !/(^|\s)-bench([= ]|$)/.test(command)) return false;
  const run = /(?:^|\s)-run(?:=|\s+)(\S+)/.exec(command)?.[1]?.replace(/^['"]|['"]$/g, '');
  return run !== undefined && /^(\^\$|\^#|\$\^|NONE|XXX+|nothing|none|-|\^?Benchmark.*)$/.test(run);
}
