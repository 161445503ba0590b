import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { splitRunScript } from './ci-workflows.js';

// Classes of mistake the lead's sweep of unlabelled mirrors showed (plans read, not labelled).

const PYPROJECT = '[project]\nname = "x"\nversion = "1"\n';

describe('shell text inside quotes is text', () => {
  it('a `;` inside an echoed string does not start a command', () => {
    const p = planOfTree({
      'pyproject.toml': PYPROJECT,
      'uv.lock': '',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('check', ['- run: |', '    echo "No relevant file changes; skipping tests and linters."', '- run: uv run pytest']),
      ),
    });
    const all = Object.values(commandsByLevel(p)).flat();
    expect(all).toContain('uv run pytest');
    expect(all.filter((c) => /skipping|linters/.test(c))).toEqual([]);
  });
});

describe('a Windows-only job', () => {
  const workflow = (windowsRun: string): string =>
    workflowOn(
      '[push, pull_request]',
      stepsJob('test', ['- uses: actions/checkout@v4', '- run: python -m tox -e py312']),
      stepsJob('test_win', ['- uses: actions/checkout@v4', `- run: ${windowsRun}`]).replace('ubuntu-latest', 'windows-2025'),
    );

  it('spelled for Windows (`py -m`, `.bat`, PowerShell) adds no gate', () => {
    for (const run of ['py -m tornado.test --fail-if-logs=false', '.\\gradlew.bat check', 'pwsh ./build.ps1 -Test']) {
      const p = planOfTree({ 'tox.ini': '[tox]\nenvlist = py312\n', '.github/workflows/ci.yml': workflow(run) });
      expect(
        Object.values(commandsByLevel(p))
          .flat()
          .filter((c) => /^(py |\.\\|pwsh)/.test(c)),
      ).toEqual([]);
    }
  });

  it('keeps its portable commands', () => {
    const p = planOfTree({
      Gemfile: "source 'https://rubygems.org'\ngem 'rspec'\n",
      '.github/workflows/ci.yml': workflow('bundle exec rspec --backtrace'),
    });
    expect(commandsByLevel(p)['2']).toContain('bundle exec rspec');
  });
});

describe('a job that deploys to a Kubernetes cluster', () => {
  it('runs its suite, not the cluster tools that deploy and watch it', () => {
    const p = planOfTree({
      'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n',
      'Cargo.lock': '',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('e2e', [
          '- uses: nolar/setup-k3d-k3s@v1',
          '- run: cargo run -p e2e --bin boot',
          '- run: "k3d image import x/e2e:1 --cluster kube"',
          '- run: kubectl apply -f e2e/deployment.yaml -n apps',
          '- run: kubectl wait --for=condition=complete job/e2e -n apps --timeout=50s',
          '- run: helm install e2e ./chart',
        ]),
      ),
    });
    const all = Object.values(commandsByLevel(p)).flat();
    expect(all).toContain('cargo run -p e2e --bin boot');
    expect(all.filter((c) => /^(kubectl|k3d|helm) /.test(c))).toEqual([]);
  });
});

describe('a type checker named with what it checks', () => {
  it('tox env `mypy_tests` checking the e2e server is level 1, not an end-to-end suite', () => {
    const tox = [
      '[tox]',
      'envlist = py312',
      '[testenv]',
      'commands = pytest tests',
      '[testenv:mypy_tests]',
      'deps = mypy',
      'commands = mypy --strict e2e-tests/server',
      '           mypy tests',
      '[testenv:pyright_tests]',
      'deps = pyright',
      'commands = pyright e2e-tests/server',
    ].join('\n');
    const p = planOfTree({
      'tox.ini': tox,
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('tox', ['- run: tox -e ${{ matrix.env }}'], ['strategy:', '  matrix:', '    env: [py312, mypy_tests, pyright_tests]']),
      ),
    });
    expect(commandsByLevel(p)['1']).toEqual(expect.arrayContaining(['tox -e mypy_tests', 'tox -e pyright_tests']));
    expect(commandsByLevel(p)['3']).toEqual([]);
  });
});

describe('a script named for building the tests', () => {
  it('`npm run build:test` builds the test bundles: no gate beside `npm test`', () => {
    const p = planOfTree({
      'package.json': JSON.stringify({
        scripts: { test: 'jest', lint: 'eslint .', 'build:test': 'npm run build:test --workspaces --if-present' },
        workspaces: ['packages/*'],
      }),
      'package-lock.json': '',
      'packages/a/package.json': JSON.stringify({
        name: 'a',
        scripts: { build: 'rollup -c', 'build:test': 'npm run build -- --environment TARGET:test', test: 'jest' },
      }),
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('b', ['- run: npm ci', '- run: npm run lint', '- run: npm run build:test', '- run: npm test -- -i']),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['npm test']);
  });
});

describe('a script named through the matrix', () => {
  const pkg = (scripts: Record<string, string>): Record<string, string> => ({
    'package.json': JSON.stringify({ scripts }),
    'pnpm-lock.yaml': '',
  });

  it("`npm run ${{ matrix.command || 'test:only' }}` runs each row's command and the default", () => {
    const p = planOfTree({
      ...pkg({ 'test:only': 'mocha test/test.js', 'ci:coverage': 'nyc mocha', test: 'npm run build && mocha' }),
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob(
          'test',
          ["- run: npm run ${{ matrix.command || 'test:only' }}"],
          ['strategy:', '  matrix:', '    node: [18, 24]', '    include:', '      - node: 24', "        command: 'ci:coverage'"],
        ),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(expect.arrayContaining(['npm run ci:coverage', 'npm run test:only']));
  });

  it('`pnpm test:kit:${{ matrix.mode }}` (a script run without `run`) is expanded, not cut at the expression', () => {
    const p = planOfTree({
      ...pkg({ 'test:kit:unit': 'vitest run', 'test:kit:dev': 'vitest run --mode dev' }),
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('test', ['- run: pnpm test:kit:${{ matrix.mode }}'], ['strategy:', '  matrix:', '    mode: [unit, dev]']),
      ),
    });
    const all = Object.values(commandsByLevel(p)).flat();
    expect(all.filter((c) => c.endsWith(':'))).toEqual([]);
    expect(all.filter((c) => /test:kit:(unit|dev)$/.test(c))).toHaveLength(2);
  });
});

describe('set-up lines of a C project’s CI', () => {
  it('appending to a variable (`options+=…  # why`) and pip by path with options first are no gates', () => {
    const p = planOfTree({
      'CMakeLists.txt': 'project(x C)\nenable_testing()\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('linux', [
          '- run: |',
          "    options+=' -DCURL_CLANG_TIDY=ON -DCLANG_TIDY=/usr/bin/clang-tidy-22'",
          "    TFLAGS+=' !776' # skip long-running flaky test",
          '    ~/venv/bin/pip --disable-pip-version-check --no-input install --prefer-binary -r tests/requirements.txt',
          '- run: cmake --build bld --target test-ci',
        ]),
      ),
    });
    const all = Object.values(commandsByLevel(p)).flat();
    expect(all.filter((c) => /\+=|pip/.test(c))).toEqual([]);
    expect(all).toContain('cmake --build bld --target test-ci');
  });
});

describe('commands run on another machine', () => {
  it('ssh, scp, lima and podman builds are no local gates', () => {
    const p = planOfTree({
      'go.mod': 'module x\n\ngo 1.22\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('vm', [
          '- run: go test ./...',
          '- run: lima sudo RUNC_FLAVOR="$RUNC_FLAVOR" script/vm/test-integration.sh',
          '- run: podman build --target cri-in-userns -t cri-in-userns -f ./contrib/Dockerfile.test .',
          '- run: ssh -i $HOME/.ssh/id_rsa azureuser@host "make integration"',
          '- run: scp -i $HOME/.ssh/id_rsa images.yaml azureuser@host:c:/images.yaml',
        ]),
      ),
    });
    expect(Object.values(commandsByLevel(p)).flat()).toEqual(['go test ./...']);
  });
});

describe('second sweep (lz4, caffeine, Pillow, pydantic, mikro-orm)', () => {
  const MAKEFILE = 'test:\n\t$(MAKE) -C tests test\nplatformTest:\n\t$(MAKE) -C tests platformTest\n';

  it('a comment after a command is no part of it; a `#` inside quotes or a word is', () => {
    const steps = splitRunScript(
      [
        'make -C tests fullbench-wmalloc # test LZ4_USER_MEMORY_FUNCTIONS',
        `CC="c++ -Wno-deprecated" make -C tests fullbench # stricter check`,
        `grep -c '#' README.md`,
        'echo $# a#b',
      ].join('\n'),
      '.',
    ).map((x) => x.command);
    expect(steps[0]).toBe('make -C tests fullbench-wmalloc');
    expect(steps[1]).toBe('CC="c++ -Wno-deprecated" make -C tests fullbench');
    expect(steps.slice(2)).toEqual([`grep -c '#' README.md`, 'echo $# a#b']);
  });

  it('`make platformTest CC=${{ matrix.cc }}` is one run with CI’s compiler, not one gate per compiler', () => {
    const p = planOfTree({
      Makefile: MAKEFILE,
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob(
          'qemu',
          ['- run: make platformTest CC=${{ matrix.cc }}'],
          ['strategy:', '  matrix:', '    cc: [arm-linux-gnueabi-gcc, aarch64-linux-gnu-gcc, s390x-linux-gnu-gcc]'],
        ),
      ),
    });
    const platform = Object.values(commandsByLevel(p))
      .flat()
      .filter((c) => c.includes('platformTest'));
    expect(platform).toHaveLength(1);
    expect(platform[0]).not.toMatch(/CC=/);
  });

  it('a `clean-*` script, a `seq | jq` matrix maker and hosted scanners are no gates', () => {
    const p = planOfTree({
      'package.json': JSON.stringify({ scripts: { test: 'jest', 'clean-tests': 'rimraf temp tests/*.db' } }),
      'yarn.lock': '',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('t', [
          '- run: yarn test',
          '- run: yarn clean-tests',
          `- run: seq 0 3 | jq -R -c '"caffeine:test -PshardIndex=" + .' | jq -s -c .`,
          '- run: snyk code test --sarif-file-output=results.sarif',
          '- run: qlty smells --include-tests --sarif . > results.sarif',
        ]),
      ),
    });
    expect(Object.values(commandsByLevel(p)).flat()).toEqual(['yarn test']);
  });

  it('xcopy in a Windows-only job is no gate', () => {
    const p = planOfTree({
      'tox.ini': '[tox]\nenvlist = py312\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('linux', ['- run: tox -e py312']),
        stepsJob('windows', ['- run: xcopy /S /Y Tests\\test-images\\* Tests\\images']).replace('ubuntu-latest', 'windows-latest'),
      ),
    });
    expect(
      Object.values(commandsByLevel(p))
        .flat()
        .filter((c) => c.startsWith('xcopy')),
    ).toEqual([]);
  });

  it('a job on `${{ matrix.system.os }}` over Windows entries only is Windows-only', () => {
    const p = planOfTree({
      Makefile: MAKEFILE,
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('linux', ['- run: make test']),
        stepsJob(
          'win',
          ['- run: .\\\\build-and-test-win32-debug.bat'],
          ['strategy:', '  matrix:', '    system: [{ os: windows-2022, build_path: ".\\\\build\\\\VS2022" }]'],
        ).replace('ubuntu-latest', '${{ matrix.system.os }}'),
      ),
    });
    expect(
      Object.values(commandsByLevel(p))
        .flat()
        .filter((c) => c.includes('.bat')),
    ).toEqual([]);
  });

  it('a pytest run is a test run whatever its arguments name; a `tests/mypy` folder of type cases is a type check', () => {
    const p = planOfTree({
      'pyproject.toml': PYPROJECT,
      'uv.lock': '',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('memray', ['- run: uv run pytest --ignore=tests/mypy/ --ignore=tests/test_docs.py --memray']),
        stepsJob('mypy', ['- run: uv run pytest tests/mypy --test-mypy']),
      ),
    });
    expect(commandsByLevel(p)['2']).toContain('uv run pytest --ignore=tests/mypy/ --ignore=tests/test_docs.py --memray');
    expect(commandsByLevel(p)['1']).toContain('uv run pytest tests/mypy --test-mypy');
  });
});

describe('third sweep (sphinx, pre-commit)', () => {
  it('`npx prettier@3.5 --check` is the format check, its version no part of the name', () => {
    const p = planOfTree({
      'tox.ini': '[tox]\nenvlist = py312\n',
      'package.json': JSON.stringify({ scripts: { test: 'jasmine' } }),
      'package-lock.json': '',
      '.github/workflows/lint.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('prettier', [`- run: npx prettier@3.5 --check "sphinx/themes/**/*.js" "tests/js/**/*.{js,mjs}"`]),
      ),
    });
    expect(commandsByLevel(p)['1']).toEqual([`npx prettier@3.5 --check "sphinx/themes/**/*.js" "tests/js/**/*.{js,mjs}"`]);
  });
});

describe('a workflow deeper than any real one', () => {
  it('is passed over before the YAML parser folds a line led by 16,000 blanks (quadratic time)', () => {
    const blanks = ' \t'.repeat(8_000);
    const p = planOfTree({
      'package.json': JSON.stringify({ scripts: { test: 'vitest run', 'ci:special': 'vitest run --coverage' } }),
      'package-lock.json': '',
      '.github/workflows/ci.yml': `on: [push, pull_request]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run ci:special\n        name: a\n${blanks}b\n`,
      '.pre-commit-config.yaml': `repos: []\nci:\n  autofix_prs: false\n${blanks}x\n`,
    });
    const all = Object.values(commandsByLevel(p)).flat();
    expect(all).toContain('npm test');
    expect(all.filter((c) => c.includes('ci:special') || c.startsWith('pre-commit'))).toEqual([]);
  });
});

describe('a job on a matrix of Windows images only', () => {
  it('runs its steps in PowerShell, GitHub’s default there: the language is no command', () => {
    const p = planOfTree({
      'go.mod': 'module example.com/x\n\ngo 1.22\n',
      '.github/workflows/ci.yml': workflowOn(
        '[pull_request]',
        stepsJob('test', ['- uses: actions/checkout@v4', '- run: go test ./...']),
        stepsJob(
          'windows',
          [
            '- run: |',
            '    $output = & .\\dist\\app.exe',
            '    if ($output -ne "test-ok") {',
            '      Write-Error "Expected test-ok but got $output"',
            '    }',
          ],
          ['strategy:', '  matrix:', '    os: [windows-2022, windows-2025]'],
        ).replace('ubuntu-latest', '${{ matrix.os }}'),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['go test ./...']);
  });
});
