import type { DetectContext } from './detector.js';
import { evidenceIn, lineOf } from './evidence.js';
import { cmakeTestOptions } from './cmake-test-option.js';
import type { Candidate } from './types.js';

const TESTING = /^\s*(enable_testing\s*\(|include\s*\(\s*CTest\b|add_test\s*\()/im;

/** Whether the CMake project in `folder` registers tests with CTest (its own CMakeLists.txt or that of `test/` / `tests/`). */
export function registersCtest(read: (path: string) => string | undefined, folder = '.'): boolean {
  const at = (rel: string): string => (folder === '.' ? rel : `${folder}/${rel}`);
  return ['', 'test/', 'tests/'].some((t) => TESTING.test(read(at(`${t}CMakeLists.txt`)) ?? ''));
}

/** CMake with CTest: configure, build and run the tests (2). Sub-folders of a CMake project are part of it. */
export function detectCmake({ dir, ancestors }: DetectContext): Candidate[] {
  const text = dir.read('CMakeLists.txt');
  if (text === undefined || ancestors.some((a) => a.has('CMakeLists.txt'))) return [];
  if (!registersCtest((path) => dir.read(path))) return [];
  const line = lineOf(text, TESTING);
  const configure = ['cmake -S . -B build', ...cmakeTestOptions(text)].join(' ');
  return [
    {
      level: 2,
      name: 'ctest',
      command: `${configure} && cmake --build build && ctest --test-dir build`,
      kind: 'tool',
      ecosystem: 'cmake',
      evidence: line > 0 ? { file: 'CMakeLists.txt', line } : evidenceIn(dir, 'CMakeLists.txt'),
    },
  ];
}
