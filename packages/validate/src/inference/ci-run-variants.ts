import { pytestSuite } from './pytest-run-variants.js';

/** The parts of a CI command these rules read. */
interface Run {
  command: string;
  cwd: string;
  level: number;
}

/** `make x EXTRA_CXXFLAGS="-fno-exceptions"`: the make variables set on the command line (quoted values hold spaces). */
const MAKE_SETTING = /\s+[A-Za-z_]\w*=(?:"[^"]*"|'[^']*'|\S*)/g;

/**
 * The same make target CI also runs with other settings (`make test_openssl_parallel
 * EXTRA_CXXFLAGS="-fno-exceptions …"` beside `make test_openssl_parallel`) is one gate built another
 * way: the plain run stands for it, as a developer runs it.
 */
function settingVariant(run: Run, all: readonly Run[]): boolean {
  if (!/^g?make\s/.test(run.command)) return false;
  const plain = run.command.replace(MAKE_SETTING, '').trim();
  return plain !== run.command && all.some((o) => o !== run && o.cwd === run.cwd && o.level === run.level && o.command === plain);
}

/** A positive Google Test filter (`--gtest_filter='Cancel.*'`) selects named tests; a negative one (`-*_Online`) drops a few. */
const FOCUSED = /(^|\s)(\.\/[\w./-]+)\s(?:.*\s)?--gtest_filter[= ]["']?(?!-)/;

/**
 * A test program CI runs restricted to a few named tests (a reproducer: `./test
 * --gtest_filter='GetAddrInfoAsyncCancelTest.*'`) while another of its gates runs the same program
 * whole (`make test_openssl_parallel`, whose recipe runs `./test`) repeats part of that gate.
 */
function focusedRepeat(run: Run, all: readonly Run[], bodyOf: (cwd: string, command: string) => string | undefined): boolean {
  const program = FOCUSED.exec(run.command)?.[2];
  if (program === undefined) return false;
  const whole = new RegExp(`(^|\\s)${program.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);
  return all.some(
    (o) =>
      o !== run &&
      o.cwd === run.cwd &&
      o.level > 1 &&
      `${o.command}\n${bodyOf(o.cwd, o.command) ?? ''}`.split(/\r?\n/).some((line) => whole.test(line) && !FOCUSED.test(line)),
  );
}

/** A pytest run of the same suite as an earlier one of CI's gates, with other options of reporting or machine. */
function pytestVariant(run: Run, all: readonly Run[]): boolean {
  const suite = pytestSuite(run.command);
  if (suite === undefined) return false;
  const first = all.find((o) => o.cwd === run.cwd && o.level === run.level && pytestSuite(o.command) === suite);
  return first !== undefined && first !== run;
}

/** `cmake -S . -B build-clang && cmake --build build-clang && ./build-clang/ninja_test`: the program, from its build folder. */
const BUILT_TEST = /^cmake -S (\S+) -B (\S+) && cmake --build \2 && \.\/\2\/(\S+)$/;

/**
 * The same test program built in another folder (`build-gcc`, `build-clang`: another compiler or
 * configuration, chosen by the configure step) is the same gate built another way: the first stands for it.
 */
function buildFolderVariant(run: Run, all: readonly Run[]): boolean {
  const m = BUILT_TEST.exec(run.command);
  if (!m) return false;
  const first = all.find((o) => {
    const n = BUILT_TEST.exec(o.command);
    return n !== null && o.cwd === run.cwd && o.level === run.level && n[1] === m[1] && n[3] === m[3];
  });
  return first !== undefined && first !== run;
}

/** `sudo ./ci/test.sh` beside `./ci/test.sh`: the same gate run as root (another job's container) is one gate. */
function rootVariant(run: Run, all: readonly Run[]): boolean {
  const plain = /^sudo\s+(?:-[EHn]\s+)*(.+)$/.exec(run.command)?.[1];
  return plain !== undefined && all.some((o) => o !== run && o.cwd === run.cwd && o.level === run.level && o.command === plain);
}

/** CI's gates without the runs another of its gates already stands for (other settings, a focused repeat, root). */
export function withoutRunVariants<T extends Run>(all: T[], bodyOf: (cwd: string, command: string) => string | undefined): T[] {
  return all.filter(
    (run) =>
      !settingVariant(run, all) &&
      !focusedRepeat(run, all, bodyOf) &&
      !pytestVariant(run, all) &&
      !buildFolderVariant(run, all) &&
      !rootVariant(run, all),
  );
}
