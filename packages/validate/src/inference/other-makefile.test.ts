import { describe, expect, it } from 'vitest';
import { makeFolder } from './other-makefile.js';

describe('makeFolder: the folder a make line runs in, confined to the makefile’s own folder', () => {
  it('reads `-C dir` and `--directory=dir`, normalised', () => {
    expect(makeFolder('$(MAKE) -C tests all')).toBe('tests');
    expect(makeFolder('make --directory=./py/ test')).toBe('py');
    expect(makeFolder('make -Csub/../lib check')).toBe('lib');
  });

  it('refuses a folder that leaves it, a run-time folder and another file', () => {
    expect(makeFolder('make -C ../x test')).toBeUndefined();
    expect(makeFolder('make -C a/../../etc test')).toBeUndefined();
    expect(makeFolder('make -C /tmp test')).toBeUndefined();
    expect(makeFolder('make -C $(TESTDIR) all')).toBeUndefined();
    expect(makeFolder('make -f Makefile.lite -C tests check')).toBeUndefined();
  });
});
