/**
 * A job that brings another project's test corpus into the test tree before it runs the tests
 * (`git submodule update --init --depth 1 test/test262-cases`, or `actions/checkout` of
 * `tc39/test262` with `path: test/js/test262`) runs a conformance suite: tests written elsewhere,
 * run against the code here, as a job named for external tests does (external-suite-job.ts).
 * Checking out every submodule with the code (`submodules: recursive`) names no corpus and is not one.
 */
const TEST_TREE = /^(\.\/)?(tests?|specs?)\//;

function checksOutCorpus(step: Record<string, unknown>): boolean {
  if (typeof step['uses'] !== 'string' || !/^actions\/checkout@/.test(step['uses'])) return false;
  const withs = step['with'];
  if (withs === null || typeof withs !== 'object') return false;
  const { repository, path } = withs as Record<string, unknown>;
  return typeof repository === 'string' && typeof path === 'string' && TEST_TREE.test(path);
}

function initsCorpusSubmodule(step: Record<string, unknown>): boolean {
  if (typeof step['run'] !== 'string') return false;
  return step['run'].split(/\r?\n/).some((line) => {
    const words = line.trim().split(/\s+/);
    return /^git submodule update\b/.test(line.trim()) && words.includes('--init') && words.some((w) => TEST_TREE.test(w));
  });
}

/** Whether the job's steps fetch a test corpus of another project into the test folders. */
export function fetchesTestCorpus(steps: unknown[]): boolean {
  return steps.some((s) => {
    if (s === null || typeof s !== 'object') return false;
    const step = s as Record<string, unknown>;
    return checksOutCorpus(step) || initsCorpusSubmodule(step);
  });
}
