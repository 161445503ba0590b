import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake seen on held-out-final-7-b (Python: pip, tox, uv + poethepoet, a Django app;
// Ruby: a gem driven by rake, a Rails app), each fixture built here.

const POE_PROJECT =
  '[project]\nname = "x"\nversion = "0"\n\n[tool.uv]\npackage = true\n\n' +
  '[tool.poe.tasks.lint]\ncmd = "ruff check"\n\n[tool.poe.tasks.test]\ncmd = "pytest"\n';

describe('a poethepoet task CI runs bare, the runner installed as a uv tool', () => {
  it("is spelled as CI runs it, without the project's `uv run`", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': POE_PROJECT,
        'uv.lock': '',
        'tests/test_x.py': '',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('test', [
            '- uses: actions/checkout@v4',
            '- run: uv tool install poethepoet',
            '- run: poe install',
            '- run: poe lint --output-format=github',
            '- run: poe test',
          ]),
        ),
      }),
    );
    expect(p[1]).toEqual(['poe lint']);
    expect(p[2]).toEqual(['poe test']);
  });

  it('keeps `uv run poe` when CI runs the task through uv', () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': POE_PROJECT,
        'uv.lock': '',
        'tests/test_x.py': '',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('test', ['- uses: actions/checkout@v4', '- run: uv run poe lint', '- run: uv run poe test']),
        ),
      }),
    );
    expect(p[1]).toEqual(['uv run poe lint']);
    expect(p[2]).toEqual(['uv run poe test']);
  });
});

describe("a type checker guessed from the configuration, beside CI's strict run of it", () => {
  // CI's target is `.` in the strict-config case: a narrower target is a reason of its own (ci-named-targets.ts).
  const tree = (ini: string, target = 'app'): Record<string, string> => ({
    'requirements.txt': 'django\n',
    'requirements-dev.txt': 'mypy\n',
    'manage.py': '',
    'mypy.ini': ini,
    'app/tests/test_x.py': '',
    '.github/workflows/mypy.yml': workflowOn(
      '[push, pull_request]',
      stepsJob('main', [
        '- uses: actions/checkout@v4',
        '- run: pip install -r requirements-dev.txt',
        `- run: mypy --strict --show-traceback ${target}`,
      ]),
    ),
  });

  it("gives way to CI's line: `--strict` fails where the plain run passes", () => {
    expect(commandsByLevel(planOfTree(tree('[mypy]\nplugins = x\n')))[1]).toEqual(['mypy --strict --show-traceback app']);
  });

  it('is no laxer when the configuration already sets strict', () => {
    expect(commandsByLevel(planOfTree(tree('[mypy]\nstrict = True\n', '.')))[1]).not.toContain('mypy --strict --show-traceback .');
  });
});

describe('a script file CI never calls that wraps the line CI runs', () => {
  it("gives way to CI's own line (`script/test` running `bundle exec rake` per Rails version)", () => {
    const p = commandsByLevel(
      planOfTree({
        Gemfile: "source 'https://rubygems.org'\ngemspec\n",
        'x.gemspec': '',
        Rakefile: "require 'rspec/core/rake_task'\nRSpec::Core::RakeTask.new(:spec)\ntask default: :spec\n",
        'spec/x_spec.rb': '',
        'script/test': '#!/bin/sh\nset -e\nexport RAILS_VERSION=5.2\nbundle exec rake\n\nexport RAILS_VERSION=6.0\nbundle exec rake\n',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('test', ['- uses: actions/checkout@v4', '- run: bundle install', '- run: bundle exec rake']),
        ),
      }),
    );
    expect(p[2]).toEqual(['bundle exec rake']);
  });
});
