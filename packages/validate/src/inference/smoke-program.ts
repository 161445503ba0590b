/**
 * A program run by its path whose name says smoke (`./test_smoke`, `./build/smoke-test.exe`): CI built
 * it to see that the library compiles, links and starts on one more compiler or platform (yyjson builds
 * `test/compile_smoke.c` with gcc 2.95, Watcom, Emscripten, MSVC 6 and runs it). It is that build's
 * check, not the project's unit-test suite, which CI runs through its build system. Script files
 * (`./scripts/test/smoke.sh`) are not programs built here and are judged as scripts.
 */
const SMOKE_PROGRAM = /^\.\/(?:[\w.-]+\/)*[\w-]*smoke[\w-]*(\.exe)?(\s|$)/i;

export function isSmokeProgramRun(command: string): boolean {
  return SMOKE_PROGRAM.test(command.trim());
}
