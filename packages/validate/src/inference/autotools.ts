import type { DetectContext } from './detector.js';
import { evidenceIn, lineOf } from './evidence.js';
import type { Candidate } from './types.js';

/** What automake's `check` target runs: test programs and scripts, or sub-folders that have them. */
const HAS_TESTS = /^\s*(TESTS|check_PROGRAMS|check_SCRIPTS|dist_check_SCRIPTS)\s*\+?=/m;

/**
 * Autotools (configure.ac + Makefile.am): generate, configure and `make check` (2). The Makefile is
 * generated, so the repository has none to read; CMake is preferred when a project has both.
 */
export function detectAutotools({ dir, ancestors }: DetectContext): Candidate[] {
  const configureAc = dir.first('configure.ac', 'configure.in');
  const makefileAm = dir.read('Makefile.am');
  if (!configureAc || makefileAm === undefined || dir.has('CMakeLists.txt') || dir.first('Makefile', 'makefile', 'GNUmakefile')) return [];
  if (ancestors.some((a) => a.has('configure.ac') || a.has('configure.in'))) return [];
  if (!HAS_TESTS.test(makefileAm)) return [];
  // A committed ./configure needs no regeneration.
  const configure = dir.has('configure') ? './configure' : 'autoreconf -fi && ./configure';
  const line = lineOf(makefileAm, HAS_TESTS);
  return [
    {
      level: 2,
      name: 'make check',
      command: `${configure} && make check`,
      kind: 'tool',
      ecosystem: 'autotools',
      evidence: line > 0 ? { file: 'Makefile.am', line } : evidenceIn(dir, 'Makefile.am'),
    },
  ];
}
