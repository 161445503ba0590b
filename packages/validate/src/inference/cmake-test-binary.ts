import { posix } from 'node:path';

/** The parts of a CI step this rule reads. */
interface Step {
  command: string;
  cwd: string;
}

/** A CMake configure step's folders, from the repository root. */
interface Configured {
  source: string;
  build: string;
}

/**
 * `cmake -S . -B build` (options anywhere, `-Sx` or `-S x`): the source and build folders it names.
 * Without `-S` and without a source path, CMake configures the current folder (`cmake -Bbuild-gcc -G Ninja`).
 */
function configured(step: Step): Configured | undefined {
  if (!/^(?:[A-Za-z_]\w*=\S*\s+)*cmake\s/.test(step.command)) return undefined;
  const build = /(?:^|\s)-B\s*([^\s-]\S*)/.exec(step.command)?.[1];
  const bare = !/(?:^|\s)-S/.test(step.command) && !/\s\.{1,2}(\/\S*)?(\s|$)/.test(step.command);
  const source = /(?:^|\s)-S\s*([^\s-]\S*)/.exec(step.command)?.[1] ?? (bare ? '.' : undefined);
  if (source === undefined || build === undefined) return undefined;
  return { source: posix.join(step.cwd, source), build: posix.join(step.cwd, build) };
}

/** A program named for tests run by its path (`./tests`, `./Debug/unit_tests.exe`), not a tool on PATH. */
const TEST_PROGRAM = /^(\.\/[\w./-]*?[\w-]*tests?[\w-]*(\.exe)?)$/i;

/**
 * A CMake project without CTest is tested the way its CI does it: configure a folder, build it, run
 * the test program the build made (`cmake -S . -B build` in `test/`, then `./tests` in `test/build`).
 * The run alone names a binary CI built, so it is read together with the configure step before it
 * in the same workflow: configure, build and run, from the configured source folder (level 2).
 */
export function cmakeTestRun(steps: Step[], index: number): { command: string; cwd: string } | undefined {
  const run = steps[index] as Step;
  if (!TEST_PROGRAM.test(run.command)) return undefined;
  const program = posix.join(run.cwd, run.command);
  for (const earlier of steps.slice(0, index).reverse()) {
    const cmake = configured(earlier);
    if (cmake === undefined || !program.startsWith(`${cmake.build}/`)) continue;
    const build = posix.relative(cmake.source, cmake.build);
    // `./Debug/tests.exe` is the same program in a multi-configuration (MSVC) build folder.
    const binary = posix
      .relative(cmake.source, program)
      .replace(/\/(Debug|Release|RelWithDebInfo|MinSizeRel)\//, '/')
      .replace(/\.exe$/, '');
    return { command: `cmake -S . -B ${build} && cmake --build ${build} && ./${binary}`, cwd: cmake.source };
  }
  return undefined;
}
