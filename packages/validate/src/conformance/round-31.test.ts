import { describe, expect, it } from 'vitest';
import { categoryScore } from '../../test/conformance-case.js';

// Classes of mistake shown by round 31 (held-out-31, TypeScript/JavaScript and Python): each test
// is one class, written with code of its own, not a copy of a bench case.

/** An inspection class with one visit method, published by a one-line registration hook. */
const inspectionClass = (name: string) => `from tools.inspections import Inspection


class ${name}Inspection(Inspection):
    code = "${name.toLowerCase()}"

    def visit_call(self, node):
        if node.name == "${name.toLowerCase()}":
            self.report(node, "avoid ${name.toLowerCase()}")


def register(registry):
    registry.add(${name}Inspection(registry))
`;

/** The same kind of check as a decorated module function returning its finding. */
const inspectionFunction = (name: string) => `from tools.inspections import Finding, on_node


@on_node("Call")
def ${name}_call(node):
    if node.name == "${name}":
        return Finding(node, "avoid ${name}")
    return None
`;

describe('round 31: a registration hook is part of the class it publishes', () => {
  it('a check written as a module function does not follow a house of inspection classes with register hooks', async () => {
    const examples = { 'checks/prints.py': inspectionClass('Print'), 'checks/evals.py': inspectionClass('Eval') };
    expect(await categoryScore(examples, 'checks/asserts.py', inspectionFunction('assert'), 'structure')).toBeGreaterThan(50);
  });

  it('an inspection class with its register hook follows a house of them', async () => {
    const examples = { 'checks/prints.py': inspectionClass('Print'), 'checks/evals.py': inspectionClass('Eval') };
    expect(await categoryScore(examples, 'checks/asserts.py', inspectionClass('Assert'), 'structure')).toBe(0);
  });

  it('a long module function that uses a class stays a function of its own', async () => {
    const worker = `class Worker:
    def run(self, job):
        return job()


def run_all(jobs):
    worker = Worker()
    done = []
    for job in jobs:
        done.append(worker.run(job))
    return done
`;
    const functions = (n: string) =>
      `def ${n}(items):\n    return [i for i in items if i]\n\n\ndef ${n}_count(items):\n    return len(${n}(items))\n`;
    const examples = { 'lib/a.py': functions('alpha'), 'lib/b.py': functions('beta') };
    expect(await categoryScore(examples, 'lib/c.py', worker, 'structure')).toBeLessThanOrEqual(50);
  });
});

/** A lint rule made by the house's factory: metadata and a function expression handed to `defineCheck`. */
const factoryRule = (name: string) => `import { defineCheck } from 'sheet-lint'
import { walk } from 'sheet-tree'

const ${name}Check = defineCheck(
  { id: 'sheet:${name}', docs: 'https://example.org/rules/${name}' },
  function (tree, file, options) {
    if (options !== undefined && typeof options !== 'number') {
      file.fail('Unexpected value for options')
    }
    walk(tree, function (node) {
      if (node.type === '${name}') file.message('Unexpected ${name}', node)
    })
  }
)

export default ${name}Check
`;

/** The same role as a bare arrow factory with its metadata hung on the function. */
const bareRule = (name: string) => `import report from '../utils/report.js';

const ruleName = '${name}';

const rule = (primary) => {
  return (root, result) => {
    if (primary !== true) {
      return;
    }
    root.walk((node) => {
      if (node.type === '${name}') report({ message: 'Unexpected ${name}', node, result, ruleName });
    });
  };
};

rule.ruleName = ruleName;
export default rule;
`;

describe('round 31: a unit made by a factory call is not a bare function', () => {
  it('a bare function rule does not follow a house of rules made by a factory', async () => {
    const examples = { 'rules/heading.js': factoryRule('heading'), 'rules/list.js': factoryRule('list') };
    expect(await categoryScore(examples, 'rules/table.js', bareRule('table'), 'structure')).toBeGreaterThan(50);
  });

  it('a rule made by a factory does not follow a house of bare function rules', async () => {
    const examples = { 'rules/heading.js': bareRule('heading'), 'rules/list.js': bareRule('list') };
    expect(await categoryScore(examples, 'rules/table.js', factoryRule('table'), 'structure')).toBeGreaterThan(50);
  });

  it('units made by different factories of one house conform, exported by name or as default', async () => {
    const curried = (n: string, arity: number) =>
      `import _curry${arity} from './internal/_curry${arity}.js';\n\nvar ${n} = _curry${arity}(function ${n}(a, b) {\n  return [a, b];\n});\nexport default ${n};\n`;
    const handler = `export default defineHandler(async (event) => {\n  return { ok: true, path: event.path };\n});\n`;
    const examples = { 'source/pair.js': curried('pair', 2), 'source/triple.js': curried('triple', 3) };
    expect(await categoryScore(examples, 'source/handler.js', handler, 'structure')).toBe(0);
    expect(await categoryScore(examples, 'source/quad.js', curried('quad', 4), 'structure')).toBe(0);
  });
});
