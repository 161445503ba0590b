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
