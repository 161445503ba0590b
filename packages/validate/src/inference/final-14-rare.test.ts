import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

/** The commands inferred at one level for a layout written to a fresh folder. */
function inferred(files: Record<string, string>, level: '1' | '2' | '3'): string[] {
  return commandsByLevel(planOfTree(files))[level] ?? [];
}

/** A pull-request workflow of one job whose steps are `steps` (YAML lines, indented as steps). */
const workflow = (...steps: string[]): string => `${workflowOn('pull_request', stepsJob('t', steps))}\n`;

describe('final-14-rare: Crystal’s spec runner and linter', () => {
  it('reads `crystal spec` as level 2 and `bin/ameba` as level 1', () => {
    const files = {
      'shard.yml': 'name: web\nversion: 0.1.0\n',
      '.github/workflows/ci.yml': workflow('- run: shards install', '- run: crystal spec', '- run: bin/ameba'),
    };
    expect(inferred(files, '2')).toEqual(['crystal spec']);
    expect(inferred(files, '1')).toEqual(['bin/ameba']);
  });

  it('reads the ameba action as `ameba` at level 1', () => {
    const files = { '.github/workflows/lint.yml': workflow('- uses: actions/checkout@v4', '- uses: crystal-ameba/github-action@master') };
    expect(inferred(files, '1')).toEqual(['ameba']);
  });
});

describe('final-14-rare: an action running one tool with its `args` input', () => {
  it('reads StyLua’s action with `--check` as a stylua check at level 1', () => {
    const files = {
      '.github/workflows/ci.yml': workflow(
        '- uses: JohnnyMorganz/stylua-action@v2',
        '  with:',
        '    token: ${{ secrets.GITHUB_TOKEN }}',
        '    version: latest',
        '    args: --color always --check .',
      ),
    };
    expect(inferred(files, '1')).toEqual(['stylua --color always --check .']);
  });
});

describe('final-14-rare: a gate run under sudo', () => {
  it('is the gate sudo runs', () => {
    const files = {
      Makefile: 'test:\n\tbusted\n\nlint:\n\tluacheck lua/lib\n',
      '.github/workflows/ci.yml': workflow('- run: make test', '- run: sudo luarocks install luacheck', '- run: sudo make lint'),
    };
    expect(inferred(files, '1')).toEqual(['make lint']);
    expect(inferred(files, '2')).toEqual(['make test']);
  });

  // A guard of the fix above: with sudo read through, these two must not become gates of their own.
  it('is one gate beside the same line without sudo, and adding a package source is set-up', () => {
    const files = {
      'ci/test.sh': '#!/bin/sh\nctest --test-dir build\n',
      '.github/workflows/ci.yml': workflow(
        '- run: sudo add-apt-repository ppa:ubuntu-toolchain-r/test -y',
        '- run: sudo ./ci/test.sh',
        '- run: ./ci/test.sh',
      ),
    };
    expect(inferred(files, '2')).toEqual(['./ci/test.sh']);
  });
});

describe('final-14-rare: sbt test tasks and checks named for what they cover', () => {
  it('reads camelCase test tasks and command aliases as level 2 and scalafix/MiMa checks as level 1', () => {
    const files = {
      'build.sbt': 'addCommandAlias("testJVM", onEach(tests.jvm.get, "testFull"))\n',
      '.github/workflows/ci.yml': workflow(
        '- run: sbt testJVM',
        '- run: sbt +plugin/testFull',
        '- run: sbt scalafixCheckAll',
        '- run: sbt mimaReportBinaryIssues',
        '- run: sbt testIntegration',
      ),
    };
    expect(inferred(files, '1')).toEqual(['sbt scalafixCheckAll', 'sbt mimaReportBinaryIssues']);
    expect(inferred(files, '2')).toEqual(['sbt testJVM', 'sbt +plugin/testFull']);
    expect(inferred(files, '3')).toEqual(['sbt testIntegration']);
  });

  it('reads scalafmt’s launcher in bin/ with --check as a level-1 format check', () => {
    const files = { 'build.sbt': '', '.github/workflows/ci.yml': workflow('- run: ./bin/scalafmt --check') };
    expect(inferred(files, '1')).toEqual(['./bin/scalafmt --check']);
  });
});

describe('final-14-rare: the setup-dune action', () => {
  it('runs `dune runtest` with its default steps, and not with a build-only list', () => {
    const all = {
      'dune-project': '(lang dune 3.0)\n',
      '.github/workflows/ci.yml': workflow('- uses: ocaml-dune/setup-dune@v0.0.1', '  with:', '    automagic: true'),
    };
    expect(inferred(all, '2')).toEqual(['dune runtest']);
    const build = {
      'dune-project': '(lang dune 3.0)\n',
      '.github/workflows/ci.yml': workflow('- uses: ocaml-dune/setup-dune@v0.0.1', '  with:', '    steps: install-dune build'),
    };
    expect(inferred(build, '2')).toEqual([]);
  });
});
