import { stripPrefixes } from './invocation.js';

/**
 * A C-family compiler run recognised by its arguments rather than its name: compilers come as
 * `gcc-2.95`, `x86_64-w64-mingw32-gcc`, Watcom's `wcc386`, Emscripten's `emcc`, MSVC's `CL.EXE` run
 * through wine, and a list of names is never complete. Any of them given a C / C++ / CUDA / Objective-C /
 * assembly source together with a compiler's option (`-o`, `-c`, `-I…`, `-std=…`, Watcom's `-fo=…`,
 * MSVC's `/Fe…`, `/Fo…`, `/I`, `/c`) compiles: it builds, it runs no test.
 */
const SOURCE = /\.(c|cc|cpp|cxx|c\+\+|cu|m|mm|s|S)$/;
const OPTION = /^(-o|-c|-I\S*|-isystem|-std=\S+|-fo=\S+|[-/]Fe\S*|[-/]Fo\S*|\/I\S*|\/c)$/;
/**
 * Tools that read sources with the compiler's options but check or measure them (linters, analysers,
 * coverage reports), and `tcc -run`, which compiles a file and runs it.
 */
const NOT_A_BUILD =
  /(^|[\\/])(clang-tidy|run-clang-tidy|cppcheck|cpplint|clang-format|include-what-you-use|iwyu|scan-build|splint|sparse|oclint|infer|CodeChecker|flawfinder|frama-c|gcov|gcovr|lcov|valgrind|pvs-studio-analyzer)(-[\d.]+)?(\.exe)?$/i;

function unquoted(word: string): string {
  return word.replace(/^["']+|["']+$/g, '');
}

export function isCompilerRun(command: string): boolean {
  const words = stripPrefixes(command).split(/\s+/).map(unquoted);
  // `wine vc6/VC98/Bin/CL.EXE …`: a Windows program run through wine is that program.
  const args = /^wine(64)?$/.test(words[0] ?? '') ? words.slice(1) : words;
  const program = args[0] ?? '';
  if (NOT_A_BUILD.test(program) || args.includes('-run')) return false;
  const rest = args.slice(1);
  return rest.some((w) => SOURCE.test(w)) && rest.some((w) => OPTION.test(w));
}
