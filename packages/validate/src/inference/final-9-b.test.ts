import { describe, expect, it } from 'vitest';
import { levelOfCiCommand } from './ci-level.js';
import { recipes, withDependencies } from './make.js';

/** A Makefile whose default target builds each test program and runs it through make's `$@`. */
const MAKEFILE = [
  'CC = gcc',
  'all: test testcpp test_collisions',
  '',
  '.PHONY: test testcpp test_collisions',
  'test: tests.c lib.c',
  '\t$(CC) $(CFLAGS) -o $@ tests.c lib.c',
  '\t./$@',
  '',
  'testcpp: tests.c lib.c',
  '\t$(CXX) -o $@ tests.c lib.c',
  '\t./$@',
  '',
  'test_collisions: tests.c lib.c',
  '\t$(CC) -DCOLLIDE -o $@ tests.c lib.c',
  '\t./$@',
  '',
].join('\n');

describe('final-9-b: make runs the program `$@` names (the target just built)', () => {
  it("reads CI's `make all` as the test run its prerequisites' `./$@` lines are", () => {
    const bodies = recipes(MAKEFILE);
    expect(levelOfCiCommand('make all', withDependencies(bodies, 'all'))).toBe(2);
  });

  it("names the program, not the output file of a compile line nor the shell's own `$$@`", () => {
    const body = recipes(MAKEFILE).get('testcpp') ?? '';
    expect(body).toContain('./testcpp');
    expect(body).toContain('-o $@');
    const shell = recipes('run: x.c\n\tsh -c \'echo "$$@"\' && $$@ go\n').get('run') ?? '';
    expect(shell).toContain('$$@ go');
  });
});
