import { describe, expect, it } from 'vitest';
import { newTestPath, ownTests } from './test-path.js';

describe('newTestPath follows the project’s own tests of that language', () => {
  it.each([
    [
      'Ruby test/test_*.rb',
      'lib/rake/task.rb',
      ['test/test_rake_task.rb', 'test/test_rake_file_task.rb'],
      ['lib/rake/task.rb'],
      'test/test_task.rb',
    ],
    ['RSpec spec/*_spec.rb', 'lib/faraday/retry.rb', ['spec/faraday/request_spec.rb'], ['lib/faraday/retry.rb'], 'spec/retry_spec.rb'],
    [
      'Go beside the sources',
      'bind/binder.go',
      ['bind/bind_test.go', 'router_test.go'],
      ['bind/bind.go', 'router.go'],
      'bind/binder_test.go',
    ],
    [
      'Java mirror tree',
      'core/src/main/java/com/x/Cache.java',
      ['core/src/test/java/com/x/MapTest.java'],
      ['core/src/main/java/com/x/Map.java'],
      'core/src/test/java/com/x/CacheTest.java',
    ],
    ['TypeScript beside', 'src/http/client.ts', ['src/http/retry.test.ts'], ['src/http/retry.ts'], 'src/http/client.test.ts'],
    ['JavaScript in test/', 'src/cart.js', ['test/catalog.test.js'], ['src/catalog.js'], 'test/cart.test.js'],
    ['Python tests/', 'src/pkg/timer.py', ['tests/unit/test_app.py'], ['src/pkg/app.py'], 'tests/test_timer.py'],
    ['no tests yet (TypeScript)', 'src/a.ts', [], ['src/a.ts'], 'src/a.test.ts'],
    ['no tests yet (Python)', 'pkg/a.py', [], ['pkg/a.py'], 'tests/test_a.py'],
    ['no tests yet (Go)', 'a/b.go', [], ['a/b.go'], 'a/b_test.go'],
    [
      'Go beside its package although most tests live in a test-only folder',
      'retry.go',
      ['retry_test.go', 'examples/a_test.go', 'examples/b_test.go', 'examples/c_test.go'],
      ['retry.go', 'options.go'],
      'retry_test.go',
    ],
    ['Go beside its package when no test is beside any source', 'pkg/x/y.go', ['e2e/a_test.go'], ['pkg/x/y.go'], 'pkg/x/y_test.go'],
    [
      'the folder already holds tests (Python)',
      'pkg/util.py',
      ['pkg/test_core.py', 'tests/test_a.py', 'tests/test_b.py', 'tests/test_c.py'],
      ['pkg/util.py', 'pkg/core.py', 'other/x.py'],
      'pkg/test_util.py',
    ],
  ])('%s', (_what, file, tests, sources, expected) => {
    expect(newTestPath(file, tests, sources)).toBe(expected);
  });
});

describe('the tests named after a file', () => {
  it('finds them whatever the project’s shape, nearest folder first', () => {
    expect(ownTests('src/string.ts', ['test/string.ts', 'test/array.ts', 'test/types/string.ts'])).toEqual([
      'test/string.ts',
      'test/types/string.ts',
    ]);
    expect(ownTests('src/pkg/client.py', ['tests/test_client.py', 'tests/test_client_auth.py'])).toEqual(['tests/test_client.py']);
    expect(ownTests('router/tree.go', ['router/tree_test.go', 'tree_test.go'])).toEqual(['router/tree_test.go', 'tree_test.go']);
    expect(ownTests('src/main/java/a/Foo.java', ['src/test/java/a/FooTest.java'])).toEqual(['src/test/java/a/FooTest.java']);
  });

  it('takes no test of another language or another name', () => {
    expect(ownTests('src/string.ts', ['test/string.py', 'test/strings.ts'])).toEqual([]);
  });
});
