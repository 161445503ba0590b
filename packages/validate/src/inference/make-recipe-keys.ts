import { scriptInvocation } from './invocation.js';

/**
 * The text whose gate tools a command is compared by. `make test` is CTest's spelling in a build
 * folder CMake generated (`cd build && make test`), so its words alone stand for `ctest`. A Makefile
 * of the repository whose recipe can be read says itself what it runs (`test: xmltest` → `./xmltest`):
 * then the recipe is the text, and the target's name is no claim to run CTest.
 */
export function gateText(command: string, ...bodies: (string | undefined)[]): string {
  const read = bodies.filter((b): b is string => b !== undefined && b.trim() !== '');
  if (read.length > 0 && scriptInvocation(command)?.runner === 'make') return read.join('\n');
  return [command, ...bodies.map((b) => b ?? '')].join('\n');
}
