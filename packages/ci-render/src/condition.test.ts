import { describe, expect, it } from 'vitest';
import { ConditionSyntaxError, conditionToGithub, conditionToGitlab, evaluateCondition, parseCondition, whenToCondition } from './index.js';

const ctx = (over: Partial<{ branch: string; tag: string; event: string; env: Record<string, string> }> = {}) => ({
  event: 'push',
  env: {},
  ...over,
});

describe('conditions', () => {
  it('parses comparisons, presence, negation, && / || with precedence and parentheses', () => {
    const c = parseCondition('branch == \'main\' || event != "pull_request" && !tag');
    expect(c).toEqual({
      kind: 'or',
      items: [
        { kind: 'compare', variable: { name: 'branch' }, op: '==', value: 'main' },
        {
          kind: 'and',
          items: [
            { kind: 'compare', variable: { name: 'event' }, op: '!=', value: 'pull_request' },
            { kind: 'not', item: { kind: 'set', variable: { name: 'tag' } } },
          ],
        },
      ],
    });
    expect(parseCondition("'main' == branch")).toEqual(parseCondition("branch == 'main'"));
    expect(parseCondition("!(branch == 'main')")).toEqual(parseCondition("branch != 'main'"));
  });

  it('rejects unknown names and broken syntax with the offset', () => {
    expect(() => parseCondition("brnch == 'x'")).toThrowError(ConditionSyntaxError);
    expect(() => parseCondition("branch == 'x' &&")).toThrowError(/unexpected end/);
    expect(() => parseCondition("branch = 'x'")).toThrowError(/unexpected "="/);
    expect(() => parseCondition("'a' == 'b'")).toThrowError(/compare a name with a quoted string/);
    expect(() => parseCondition("branch == 'x")).toThrowError(/unterminated string/);
  });

  it('evaluates against a local context', () => {
    const c = parseCondition("branch == 'main' && (event == 'push' || env.FORCE == 'yes') && !tag");
    expect(evaluateCondition(c, ctx({ branch: 'main' }))).toBe(true);
    expect(evaluateCondition(c, ctx({ branch: 'main', event: 'pull_request' }))).toBe(false);
    expect(evaluateCondition(c, ctx({ branch: 'main', event: 'pull_request', env: { FORCE: 'yes' } }))).toBe(true);
    expect(evaluateCondition(c, ctx({ branch: 'main', tag: 'v1' }))).toBe(false);
    expect(evaluateCondition(parseCondition("event == 'merge_request'"), ctx({ event: 'pull_request' }))).toBe(true);
  });

  it('turns a when block into all of its keys, a list meaning any of its values', () => {
    const c = whenToCondition({ branch: ['main', 'release'], event: 'push', condition: "env.X == '1'" });
    expect(evaluateCondition(c, ctx({ branch: 'release', env: { X: '1' } }))).toBe(true);
    expect(evaluateCondition(c, ctx({ branch: 'dev', env: { X: '1' } }))).toBe(false);
    expect(evaluateCondition(c, ctx({ branch: 'main', env: { X: '2' } }))).toBe(false);
  });

  it('renders GitHub expressions', () => {
    expect(conditionToGithub(parseCondition("branch == 'main'"))).toBe("github.ref == 'refs/heads/main'");
    expect(conditionToGithub(parseCondition("tag == 'v1' || event == 'manual'"))).toBe(
      "github.ref == 'refs/tags/v1' || github.event_name == 'workflow_dispatch'",
    );
    expect(conditionToGithub(parseCondition("!tag && env.DEPLOY != 'it''s'".replace("''", "\\'")))).toBe(
      "!startsWith(github.ref, 'refs/tags/') && vars.DEPLOY != 'it''s'",
    );
    expect(conditionToGithub(parseCondition("!(tag || branch == 'x')"))).toBe(
      "!(startsWith(github.ref, 'refs/tags/') || github.ref == 'refs/heads/x')",
    );
  });

  it('renders GitLab rules expressions without a unary not', () => {
    expect(conditionToGitlab(parseCondition("branch == 'main'"))).toBe('$CI_COMMIT_BRANCH == "main"');
    expect(conditionToGitlab(parseCondition("event == 'pull_request' && env.X"))).toBe(
      '$CI_PIPELINE_SOURCE == "merge_request_event" && $X',
    );
    expect(conditionToGitlab(parseCondition("!(tag || branch == 'x')"))).toBe(
      '($CI_COMMIT_TAG == null || $CI_COMMIT_TAG == "") && $CI_COMMIT_BRANCH != "x"',
    );
    expect(conditionToGitlab(parseCondition("!(branch == 'a' && event == 'push')"))).toBe(
      '$CI_COMMIT_BRANCH != "a" || $CI_PIPELINE_SOURCE != "push"',
    );
  });
});
