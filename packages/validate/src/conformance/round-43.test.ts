import { describe, expect, it } from 'vitest';
import { categoryScore } from '../../test/conformance-case.js';

// Classes of mistake shown by round 43 (held-out-43): each test is one class, written with code of
// its own, not a copy of a bench case.

/** Thread-safe memoizers: plain functions that guard a shared table with a lock or a Condition. */
const lockedHouse = {
  'memo/table.py': `from threading import RLock


def guarded(table, key_of, lock):
    def wrap(func):
        def inner(*args):
            key = key_of(*args)
            with lock:
                if key in table:
                    return table[key]
            value = func(*args)
            with lock:
                table[key] = value
            return value

        return inner

    return wrap


def forget(table, lock):
    with lock:
        table.clear()
`,
  'memo/shared.py': `from threading import Condition


class Shared:
    def __init__(self):
        self._cond = Condition()
        self._pending = set()

    def claim(self, key):
        with self._cond:
            while key in self._pending:
                self._cond.wait()
            self._pending.add(key)

    def release(self, key):
        with self._cond:
            self._pending.discard(key)
            self._cond.notify_all()
`,
};

/** The same role written for asyncio: coroutines awaiting the wrapped call. */
const awaitingMemo = `import asyncio


class Memo:
    def __init__(self, func):
        self._func = func
        self._table = {}

    async def __call__(self, *args):
        if args in self._table:
            return await asyncio.shield(self._table[args])
        task = asyncio.ensure_future(self._func(*args))
        self._table[args] = task
        return await asyncio.shield(task)

    async def close(self):
        await asyncio.gather(*self._table.values(), return_exceptions=True)
`;

/** One more locked helper of the same house. */
const lockedMemo = `from threading import Lock


def counted(func):
    lock = Lock()
    calls = {}

    def inner(*args):
        with lock:
            calls[args] = calls.get(args, 0) + 1
        return func(*args)

    return inner
`;

describe('round 43: a house that guards shared state with thread locks', () => {
  it('reads `with lock:` / `with self._cond:` as the threaded model, so coroutines stand out', async () => {
    expect(await categoryScore(lockedHouse, 'memo/aio.py', awaitingMemo, 'async-style')).toBeGreaterThan(0);
  });

  it('keeps one more locked helper of the house in its style', async () => {
    expect(await categoryScore(lockedHouse, 'memo/counted.py', lockedMemo, 'async-style')).toBe(0);
  });
});
