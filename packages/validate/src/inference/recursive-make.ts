/**
 * A Makefile recipe that calls `$(MAKE) test-parallel` (or `${MAKE}`, `$(MAKE) -C docs test`) runs make
 * again on that target: GNU make documents `$(MAKE)` as the way a recipe runs make recursively, with the
 * same options. Read as `make test-parallel`, the target it names is followed like any other.
 */
const RECURSIVE_MAKE = /(^|[\s;&|(]|\b(?:then|do|else)\s)\$(?:\(MAKE\)|\{MAKE\})(?=\s|$)/g;

/** A recipe line with each recursive `$(MAKE)` call spelled `make`. */
export function withRecursiveMake(line: string): string {
  return line.replace(RECURSIVE_MAKE, '$1make');
}
