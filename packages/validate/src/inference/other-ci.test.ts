import { caseTimeMs, useTempDir, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { inferPlan } from './infer.js';

// CircleCI and Azure Pipelines as witnesses of what a repository runs (circleci-steps.ts,
// azure-pipelines-steps.ts), read like GitHub Actions' and GitLab's jobs.

function repo(files: Record<string, string>): string {
  const dir = useTempDir('ce-other-ci-');
  writeTree(dir, files);
  return dir;
}

const planned = (dir: string, level: '1' | '2' | '3'): string[] =>
  inferPlan(dir).levels[level].map((c) => `${c.command} @ ${c.evidence?.file ?? ''}:${c.evidence?.line ?? 0}`);

const GO_MOD = 'module example.com/x\n\ngo 1.22\n';

describe('CircleCI', () => {
  it("reads the `run:` steps (a string or `{ command }`) of jobs its workflows run, not CircleCI's own steps or orbs", () => {
    const dir = repo({
      'go.mod': GO_MOD,
      '.circleci/config.yml': [
        'version: 2.1',
        'orbs:',
        '  node: circleci/node@5',
        'jobs:',
        '  lint:',
        '    docker: [{ image: golangci/golangci-lint:latest }]',
        '    steps:',
        '      - checkout',
        '      - restore_cache: { keys: [go-mod] }',
        '      - run: golangci-lint run ./...',
        '  test:',
        '    docker: [{ image: cimg/go:1.22 }]',
        '    steps:',
        '      - checkout',
        '      - run:',
        '          name: Run tests',
        '          command: |',
        '            staticcheck ./...',
        '      - node/test',
        'workflows:',
        '  build:',
        '    jobs: [lint, test]',
        '',
      ].join('\n'),
    });
    expect(planned(dir, '1')).toContain('golangci-lint run ./... @ .circleci/config.yml:10');
    expect(planned(dir, '1')).toContain('staticcheck ./... @ .circleci/config.yml:18');
    expect(planned(dir, '1').filter((c) => c.includes('node'))).toEqual([]);
  });

  it('leaves jobs a workflow filters to the default branch or to tags, and scheduled workflows', () => {
    const dir = repo({
      'go.mod': GO_MOD,
      '.circleci/config.yml': [
        'version: 2.1',
        'jobs:',
        '  test:',
        '    steps: [checkout, { run: staticcheck ./... }]',
        '  race:',
        '    steps: [checkout, { run: golangci-lint run }]',
        '  tagged:',
        '    steps: [checkout, { run: go vet ./... }]',
        '  nightly:',
        '    steps: [checkout, { run: gofmt -l . }]',
        'workflows:',
        '  main:',
        '    jobs:',
        '      - test',
        '      - race:',
        '          filters: { branches: { only: [main, master] } }',
        '      - tagged:',
        '          filters: { branches: { ignore: /.*/ }, tags: { only: /^v.*/ } }',
        '  cron:',
        '    triggers: [{ schedule: { cron: "0 0 * * *", filters: { branches: { only: main } } } }]',
        '    jobs: [nightly]',
        '',
      ].join('\n'),
    });
    expect(inferPlan(dir).levels['1'].map((c) => c.command)).toEqual(['staticcheck ./...']);
  });

  it("runs the steps of the file's own `commands:` with their parameters' defaults", () => {
    const dir = repo({
      'go.mod': GO_MOD,
      '.circleci/config.yml': [
        'version: 2.1',
        'commands:',
        '  gotest:',
        '    parameters: { flags: { type: string, default: "-checks all" } }',
        '    steps:',
        '      - run: staticcheck << parameters.flags >> ./...',
        'jobs:',
        '  test:',
        '    steps: [checkout, gotest]',
        'workflows:',
        '  ci: { jobs: [test] }',
        '',
      ].join('\n'),
    });
    expect(inferPlan(dir).levels['1'].map((c) => c.command)).toEqual(['staticcheck -checks all ./...']);
  });
});

describe('Azure Pipelines', () => {
  it('reads script/bash/pwsh steps of stages, jobs and top-level steps; tasks are opaque', () => {
    const dir = repo({
      'go.mod': GO_MOD,
      'azure-pipelines.yml': [
        'trigger: [main]',
        'stages:',
        '  - stage: Check',
        '    jobs:',
        '      - job: Lint',
        '        pool: { vmImage: ubuntu-latest }',
        '        steps:',
        '          - task: GoTool@0',
        '            inputs: { version: "1.22" }',
        '          - script: golangci-lint run',
        '            displayName: Lint',
        '      - job: Test',
        '        pool: { vmImage: ubuntu-latest }',
        '        steps:',
        '          - bash: |',
        '              set -e',
        '              staticcheck ./...',
        '',
      ].join('\n'),
    });
    expect(planned(dir, '1')).toContain('golangci-lint run @ azure-pipelines.yml:10');
    expect(planned(dir, '1')).toContain('staticcheck ./... @ azure-pipelines.yml:17');
  });

  it("reads PowerShell steps without the language's syntax, leaves a Windows-only job's Windows spellings and pull-request-less pipelines", () => {
    const dir = repo({
      'go.mod': GO_MOD,
      '.azure-pipelines/ci.yml': [
        'jobs:',
        '  - job: Linux',
        '    pool: { vmImage: ubuntu-22.04 }',
        '    steps:',
        '      - script: staticcheck ./...',
        '  - job: Windows',
        '    pool: { vmImage: windows-2022 }',
        '    steps:',
        '      - pwsh: |',
        '          $env:CGO_ENABLED = "0"',
        '          go vet ./...',
        '      - script: .\\scripts\\test.bat',
        '  - job: Release',
        "    condition: eq(variables['Build.SourceBranch'], 'refs/heads/main')",
        '    steps:',
        '      - script: go test -tags release ./...',
        '',
      ].join('\n'),
      '.azure-pipelines/nightly.yml': 'pr: none\nsteps:\n  - script: go test -count=100 ./...\n',
    });
    const all = [...inferPlan(dir).levels['1'], ...inferPlan(dir).levels['2']].map((c) => c.command);
    expect(all).toContain('go vet ./...');
    expect(all).toContain('staticcheck ./...');
    expect(all.filter((c) => /test\.bat|CGO_ENABLED|-tags release|-count=100/.test(c))).toEqual([]);
  });

  it("reads the repository's step templates with the parameters passed", () => {
    const dir = repo({
      'go.mod': GO_MOD,
      'azure-pipelines.yml': [
        'jobs:',
        '  - job: Test',
        '    steps:',
        '      - template: .azure-pipelines/steps.yml',
        '        parameters: { flags: -checks all }',
        '',
      ].join('\n'),
      '.azure-pipelines/steps.yml': [
        'parameters:',
        '  - name: flags',
        '    default: ""',
        'steps:',
        '  - script: staticcheck ${{ parameters.flags }} ./...',
        '',
      ].join('\n'),
    });
    expect(planned(dir, '1')).toEqual(['staticcheck -checks all ./... @ .azure-pipelines/steps.yml:5']);
  });
});

describe("a step's name in either service", () => {
  const PYPROJECT = '[project]\nname = "x"\n';

  it("reads CircleCI's `name:` and Azure's `displayName:` as a GitHub step's `name:` (acceptance tests at level 3)", () => {
    const circle = repo({
      'pyproject.toml': PYPROJECT,
      '.circleci/config.yml': [
        'version: 2.1',
        'jobs:',
        '  test:',
        '    steps:',
        '      - checkout',
        '      - run: { name: Acceptance tests, command: pytest tests }',
        'workflows:',
        '  ci: { jobs: [test] }',
        '',
      ].join('\n'),
    });
    const azure = repo({
      'pyproject.toml': PYPROJECT,
      'azure-pipelines.yml': 'steps:\n  - script: pytest tests\n    displayName: Acceptance tests\n',
    });
    expect(inferPlan(circle).levels['3'].map((c) => c.command)).toEqual(['pytest tests']);
    expect(inferPlan(azure).levels['3'].map((c) => c.command)).toEqual(['pytest tests']);
  });
});

describe('hostile CI files: a fan-out of commands or templates stops at a budget', () => {
  const fanOut = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n');

  it('expands at most a bounded number of CircleCI steps (three levels of 1,000-step commands)', () => {
    const config = [
      'version: 2.1',
      'commands:',
      ...['a', 'b'].flatMap((name, k) => [`  ${name}:`, '    steps:', fanOut(1_000, () => `      - ${k === 0 ? 'b' : 'c'}`)]),
      '  c:',
      '    steps:',
      fanOut(1_000, (i) => `      - run: npm run lint${i}`),
      'jobs:',
      '  build:',
      '    docker: [{ image: cimg/node:20.0 }]',
      '    steps:',
      fanOut(1_000, () => '      - a'),
      '',
    ].join('\n');
    const dir = repo({ '.circleci/config.yml': config, 'package.json': '{"name":"x"}' });
    expect(caseTimeMs(() => inferPlan(dir), 5_000)).toBeLessThan(5_000);
  });

  it('includes at most a bounded number of Azure templates (three levels of 300 inclusions)', () => {
    const template = (next: string): string => `steps:\n${fanOut(300, () => `  - template: ${next}`)}\n`;
    const dir = repo({
      'azure-pipelines.yml': `pr: [main]\n${template('t1.yml')}`,
      't1.yml': template('t2.yml'),
      't2.yml': template('t3.yml'),
      't3.yml': `steps:\n${fanOut(300, (i) => `  - script: npm run lint${i}`)}\n`,
      'package.json': '{"name":"x"}',
    });
    expect(caseTimeMs(() => inferPlan(dir), 5_000)).toBeLessThan(5_000);
  });
});
