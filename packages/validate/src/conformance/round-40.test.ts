import { describe, expect, it } from 'vitest';
import { categoryScore } from '../../test/conformance-case.js';

// Classes of mistake shown by round 40 (held-out-40): each test is one class, written with code of
// its own, not a copy of a bench case.

/** Field checks that raise at the first problem: the house convention. */
const checks = {
  'forms/checks.py': `class CheckFailed(ValueError):
    pass


def required(value):
    if value in (None, ''):
        raise CheckFailed('a value is required')
    return value


def at_most(limit, value):
    if len(value) > limit:
        raise CheckFailed('longer than %d' % limit)
    return value
`,
  'forms/numbers.py': `from forms.checks import CheckFailed


def positive(value):
    if value <= 0:
        raise CheckFailed('must be positive')
    return value


def between(low, high, value):
    if not low <= value <= high:
        raise CheckFailed('out of range')
    return value
`,
};

/** A checker object that records every problem on itself and carries on. */
const recording = `class FormChecker:
    def __init__(self):
        self.problems = []

    def _error(self, field, message):
        self.problems.append((field, message))

    def check_required(self, field, value):
        if value in (None, ''):
            self._error(field, 'a value is required')

    def check_length(self, field, value, limit):
        if len(value) > limit:
            self._error(field, 'too long')

    def check_positive(self, field, value):
        if value <= 0:
            self._error(field, 'must be positive')
`;

/** The same checker whose \`_error\` helper raises: a raise by another name. */
const raisingHelper = recording.replace('self.problems.append((field, message))', 'raise ValueError(message)');

describe('round 40: validators that record errors instead of raising', () => {
  it('notes `self._error(…)` as a recorded error, so a recording checker in a raising house drifts in error handling', async () => {
    expect(await categoryScore(checks, 'forms/checker.py', recording, 'error-handling')).toBeGreaterThan(30);
  });

  it('leaves out a recorder the module defines as a helper that raises', async () => {
    expect(await categoryScore(checks, 'forms/checker.py', raisingHelper, 'error-handling')).toBe(0);
  });
});
