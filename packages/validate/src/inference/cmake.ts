import type { DetectContext } from './detector.js';
import { evidenceIn, lineOf } from './evidence.js';
import type { Candidate } from './types.js';

const TESTING = /^\s*(enable_testing\s*\(|include\s*\(\s*CTest\b|add_test\s*\()/im;

/** CMake with CTest: configure, build and run the tests (2). Sub-folders of a CMake project are part of it. */
export function detectCmake({ dir, ancestors }: DetectContext): Candidate[] {
  const text = dir.read('CMakeLists.txt');
  if (text === undefined || ancestors.some((a) => a.has('CMakeLists.txt'))) return [];
  const testing = TESTING.test(text) || ['test', 'tests'].some((t) => TESTING.test(dir.read(`${t}/CMakeLists.txt`) ?? ''));
  if (!testing) return [];
  const line = lineOf(text, TESTING);
  return [
    {
      level: 2,
      name: 'ctest',
      command: 'cmake -S . -B build && cmake --build build && ctest --test-dir build',
      kind: 'tool',
      ecosystem: 'cmake',
      evidence: line > 0 ? { file: 'CMakeLists.txt', line } : evidenceIn(dir, 'CMakeLists.txt'),
    },
  ];
}
