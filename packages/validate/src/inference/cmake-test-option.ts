/**
 * A CMake `option(NAME "…" OFF)` that guards the test registration (`if(NAME)` … `enable_testing()` /
 * `add_subdirectory(tests)` / `include(CTest)` … `endif()`): an option is OFF unless the configure step sets it,
 * so a plain `cmake -S . -B build` registers no test and `ctest` passes having run nothing. The configure step
 * must turn such an option on (`-DNAME=ON`), as the projects' own CI does (`-DUTF8CPP_ENABLE_TESTS=ON`).
 */

const OFF_OPTION = /^\s*option\s*\(\s*(\w+)\s+"[^"]*"\s+OFF\s*\)/gim;
const REGISTERS = /enable_testing\s*\(|include\s*\(\s*CTest\b|add_subdirectory\s*\(\s*["']?(\w+\/)*tests?\b/i;

/** The text of the `if(name)` block (up to its first `endif`/`else`), or undefined when there is none. */
function guardedBlock(text: string, name: string): string | undefined {
  const start = new RegExp(`^\\s*if\\s*\\(\\s*\\$?\\{?${name}\\}?\\s*\\)`, 'im').exec(text);
  if (!start) return undefined;
  const rest = text.slice(start.index + start[0].length);
  const end = /^\s*(endif|else|elseif)\s*\(/im.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

/** The `-DNAME=ON` settings the configure step needs for the tests to be registered at all. */
export function cmakeTestOptions(text: string): string[] {
  const names = [...text.matchAll(OFF_OPTION)].map((m) => m[1] ?? '');
  return names.filter((name) => REGISTERS.test(guardedBlock(text, name) ?? '')).map((name) => `-D${name}=ON`);
}
