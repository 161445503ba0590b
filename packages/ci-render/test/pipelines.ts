// Abstract pipelines from simple to complex, used by the rendering tests.
export const PIPELINES: Record<string, string> = {
  single: `
name: single
stages:
  - stage: test
    nodes:
      - name: unit
        command: npm test
`,
  chain: `
name: chain
stages:
  - stage: lint
    nodes: [{ name: eslint, command: npx eslint . }]
  - stage: test
    depends_on: [lint]
    nodes: [{ name: vitest, command: npx vitest run }]
  - stage: build
    depends_on: test
    nodes: [{ name: tsup, command: npx tsup }]
`,
  diamond: `
name: diamond
stages:
  - stage: d
    depends_on: [b, c]
    nodes: [{ name: d1, command: echo d }]
  - stage: a
    nodes: [{ name: a1, command: echo a }, { name: a2, command: echo a2 }]
  - stage: b
    depends_on: [a]
    nodes: [{ name: b1, command: echo b }]
  - stage: c
    depends_on: [a]
    parallel: false
    nodes: [{ name: c1, command: echo c1 }, { name: c2, command: echo c2 }]
`,
  fanOutFanIn: `
name: fan
stages:
  - stage: setup
    nodes: [{ name: install, command: npm ci }]
  - stage: lint
    depends_on: [setup]
    nodes: [{ name: eslint, command: npx eslint . }, { name: prettier, command: npx prettier --check . }]
  - stage: types
    depends_on: [setup]
    nodes: [{ name: tsc, command: npx tsc --noEmit }]
  - stage: unit
    depends_on: [setup]
    nodes: [{ name: vitest, command: npx vitest run }]
  - stage: e2e
    depends_on: [setup, unit]
    nodes: [{ name: playwright, command: npx playwright test }]
  - stage: report
    depends_on: [setup, lint, types, unit, e2e]
    nodes: [{ name: summary, command: echo done }]
`,
  sequentialAndParallel: `
name: seq
stages:
  - stage: prepare
    parallel: false
    nodes:
      - { name: fetch, command: git fetch --tags }
      - { name: install, command: npm ci }
      - { name: generate, command: npm run generate }
  - stage: checks
    depends_on: [prepare]
    parallel: true
    nodes:
      - { name: lint, command: npm run lint }
      - { name: test, command: npm test }
  - stage: release
    depends_on: [checks]
    parallel: false
    nodes:
      - { name: version, command: npx changeset version }
      - { name: publish, command: npx changeset publish }
  - stage: notify
    depends_on: [release, prepare]
    nodes:
      - { name: slack, command: 'curl -X POST "$HOOK" -d "{\\"text\\": \\"released\\"}"' }
`,
  matrices: `
name: matrices
env: { FORCE_COLOR: "0", RETRIES: 2, STRICT: true }
stages:
  - stage: test
    matrix: { node: ["20", "22"], os: [linux, macos] }
    env: { LEVEL: stage, TZ: UTC }
    timeout: 15
    artifacts: [coverage/]
    nodes:
      - name: unit
        command: npm test -- --coverage
        env: { LEVEL: node }
        artifacts: [reports/junit.xml]
      - name: integration
        command: npm run test:integration
        matrix: { node: ["22"], shard: [1, 2, 3] }
        timeout: 30
  - stage: coverage
    depends_on: [test]
    nodes:
      - name: merge
        command: npx nyc merge coverage
`,
  conditions: `
name: conditions
stages:
  - stage: build
    nodes: [{ name: compile, command: make }]
  - stage: deploy
    depends_on: [build]
    when: { branch: main }
    nodes:
      - name: staging
        command: ./deploy staging
      - name: production
        command: ./deploy production
        when: { condition: "event != 'pull_request' && (tag || env.FORCE_DEPLOY == 'yes')" }
  - stage: nightly
    depends_on: [build]
    when: { event: [schedule, manual] }
    nodes:
      - name: fuzz
        command: npm run fuzz
  - stage: docs
    depends_on: [deploy]
    nodes:
      - name: publish-docs
        command: npm run docs:publish
        when: { branch: [main, release], condition: "!(event == 'pull_request')" }
`,
  strategies: `
name: strategies
stages:
  - stage: research
    nodes:
      - name: serena
        command: npx serena index
        strategy: mock
      - name: context7
        strategy: mock
  - stage: generate
    depends_on: [research]
    parallel: false
    nodes:
      - name: llm
        command: npx ce generate --agent anthropic
        strategy: conditional
        when: { branch: main }
        artifacts: [PRPs/]
      - name: validate
        command: npx ce validate
  - stage: execute
    depends_on: [generate]
    when: { condition: "env.RUN_AGENT == 'true'" }
    nodes:
      - name: agent
        command: npx ce execute
        strategy: conditional
`,
  trickyCommands: `
name: "tricky: names & commands"
stages:
  - stage: "lint & format"
    nodes:
      - name: "unit tests"
        command: "echo 'single' \\"double\\" key: value # not a comment"
      - name: 1st
        command: |
          set -e
          for f in *.ts; do
            echo "$f: ok" # trailing comment
          done
      - name: stages
        command: '- starts like a list item: yes'
      - name: variables
        command: "{ echo braces; } && [ -n \\"x\\" ] && echo '*' && echo @at %pct \`date\` \\\\backslash"
  - stage: test
    depends_on: ["lint & format"]
    nodes:
      - name: "unit tests"
        command: ["  leading spaces", "trailing spaces  ", "echo \${{ github.sha }} \${CI_COMMIT_SHA}", "true"]
      - name: check
        command: ">folded? no: literal"
`,
  shorthands: `
name: shorthands
stages:
  - stage: test
    when: "branch == 'main' || event == 'pull_request'"
    matrix: { node-version: [20, 22] }
    nodes:
      - name: unit
        command: npm test
        condition: "!tag"
  - stage: nightly
    depends_on: test
    condition: "event == 'schedule'"
    nodes:
      - { name: fuzz, command: npm run fuzz, strategy: conditional }
`,
};
