import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree } from '../../test/inferred-plan.js';

/** The commands inferred at one level for a layout written to a fresh folder. */
function inferred(files: Record<string, string>, level: '1' | '2' | '3'): string[] {
  return commandsByLevel(planOfTree(files))[level] ?? [];
}

/** A pull-request workflow of one job whose steps are `steps` (YAML lines, indented as steps). */
const workflow = (...steps: string[]): string =>
  ['on: pull_request', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', ...steps.map((s) => `      ${s}`), ''].join('\n');

describe('final-13-rare: gate tools of toolchains without a manifest detector', () => {
  it('reads Dart’s format check and analyzer as level 1', () => {
    const files = {
      '.github/workflows/ci.yml': workflow(
        '- run: dart pub get',
        '- run: dart format --output=none --set-exit-if-changed .',
        '- run: dart analyze --fatal-infos',
      ),
    };
    expect(inferred(files, '1')).toEqual(['dart format --output=none --set-exit-if-changed .', 'dart analyze --fatal-infos']);
  });

  it('reads rebar3’s xref and dialyzer as level 1 and Common Test as level 2', () => {
    const files = {
      '.github/workflows/ci.yml': workflow(
        '- run: rebar3 compile',
        '- run: rebar3 ct --cover',
        '- run: rebar3 xref',
        '- run: rebar3 dialyzer',
      ),
    };
    expect(inferred(files, '1')).toEqual(['rebar3 xref', 'rebar3 dialyzer']);
    expect(inferred(files, '2')).toEqual(['rebar3 ct --cover']);
  });

  it('reads busted as Lua’s test runner', () => {
    const files = { '.github/workflows/ci.yml': workflow('- run: luarocks make', '- run: busted --coverage') };
    expect(inferred(files, '2')).toEqual(['busted --coverage']);
  });
});

describe('final-13-rare: the luacheck action', () => {
  it('stands for `luacheck .` at level 1', () => {
    const files = { '.github/workflows/lint.yml': workflow('- uses: actions/checkout@v4', '- uses: lunarmodules/luacheck@v1') };
    expect(inferred(files, '1')).toEqual(['luacheck .']);
  });
});

describe('final-13-rare: one sbt line running format checks and then tests', () => {
  it('is its check tasks at level 1 and its test tasks at level 2', () => {
    const files = {
      '.github/workflows/ci.yml': workflow('- run: sbt scalafmtCheck test:scalafmtCheck scalafmtSbtCheck +coreJS/test +coreJVM/test'),
    };
    expect(inferred(files, '1')).toEqual(['sbt scalafmtCheck test:scalafmtCheck scalafmtSbtCheck']);
    expect(inferred(files, '2')).toEqual(['sbt +coreJS/test +coreJVM/test']);
  });
});

describe('final-13-rare: a one-letter option with a matrix value glued on', () => {
  it('is dropped with its value, as `--opt=${{ … }}` is, rather than left as a bare `-O`', () => {
    const files = {
      '.github/workflows/ci.yml': [
        'on: pull_request',
        'jobs:',
        '  t:',
        '    strategy:',
        '      matrix:',
        '        optimize: [Debug, ReleaseFast]',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: zig test lib.zig -O${{ matrix.optimize }}',
        '',
      ].join('\n'),
    };
    expect(inferred(files, '2')).toEqual(['zig test lib.zig']);
  });
});

describe('final-13-rare: a Haskell build that compiles the tests without running them', () => {
  it('is no gate; `stack test` is the level-2 run', () => {
    const files = {
      '.github/workflows/ci.yml': workflow(
        '- run: stack build --system-ghc --test --bench --no-run-tests --no-run-benchmarks --only-dependencies',
        '- run: stack build --system-ghc --test --bench --no-run-tests --no-run-benchmarks',
        '- run: stack test --system-ghc',
      ),
    };
    expect(inferred(files, '2')).toEqual(['stack test --system-ghc']);
  });
});
