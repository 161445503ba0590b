import { describe, expect, it } from 'vitest';
import { categoryScore } from '../../test/conformance-case.js';

// Classes of mistake shown by round 39 (held-out-39): each test is one class, written with code of
// its own, not a copy of a bench case.

/** A utilities module of functions beside a context-manager class, and its instance. */
const timing = `import time

__all__ = ['elapsed', 'measure', 'Stopwatch', 'stopwatch']


def elapsed(start):
    """Seconds since start."""
    return time.monotonic() - start


def measure(fn, *args):
    """Run fn and return its result and duration."""
    start = time.monotonic()
    result = fn(*args)
    return result, elapsed(start)


class Stopwatch:
    """Times the block it guards."""

    def __init__(self, label=None):
        self.label = label
        self.seconds = None

    def __enter__(self):
        self._start = time.monotonic()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.seconds = elapsed(self._start)
        return False


stopwatch = Stopwatch()
`;

/** A utilities module of functions beside a descriptor class. */
const attrs = `__all__ = ['public_names', 'first_attr', 'lazyattr']


def public_names(obj):
    """Names of obj not starting with an underscore."""
    return [n for n in dir(obj) if not n.startswith('_')]


def first_attr(obj, *names, default=None):
    """The first of names that obj has."""
    for n in names:
        if hasattr(obj, n):
            return getattr(obj, n)
    return default


class lazyattr:
    """Computes an attribute once, on first read."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        setattr(obj, self.fn.__name__, value)
        return value
`;

const utilities = { 'kit/timing.py': timing, 'kit/attrs.py': attrs };

/** A module of the same layer whose units are classes with methods, published under an alias too. */
const stacks = `__all__ = ['Stack', 'BaseStack', 'ListStack', 'DequeStack']

from collections import deque


class BaseStack:
    """A last-in, first-out container."""

    def __init__(self):
        self._items = self._make()

    def push(self, item):
        self._items.append(item)

    def pop(self):
        return self._items.pop()

    def peek(self):
        return self._items[-1]


class ListStack(BaseStack):
    def _make(self):
        return []


class DequeStack(BaseStack):
    def _make(self):
        return deque()


Stack = DequeStack
`;

describe('round 39: Python utility modules', () => {
  it('counts context managers and descriptors as classes the house writes, so a module of classes beside them does not drift in structure', async () => {
    expect(await categoryScore(utilities, 'kit/stacks.py', stacks, 'structure')).toBe(0);
  });

  it('names a CapWords name bound to a class (`Stack = DequeStack`) as a class, not a PascalCase variable', async () => {
    expect(await categoryScore(utilities, 'kit/stacks.py', stacks, 'naming')).toBe(0);
  });
});
