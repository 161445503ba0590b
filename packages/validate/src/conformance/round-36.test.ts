import { describe, expect, it } from 'vitest';
import { categoryScore } from '../../test/conformance-case.js';

// Classes of mistake shown by round 36 (held-out-36): each test is one class, written with code of
// its own, not a copy of a bench case.

/** A module of a small reactive library writing its public functions as declarations. */
const declared = (name: string, other: string) => `import { track, trigger } from './internal'

export function ${name}<T>(target: T, key: string): T {
  track(target, key)
  return target
}

export function ${other}(target: object, key: string): void {
  trigger(target, key)
}
`;

const declarationHouse = {
  'src/api/watch.ts': declared('watch', 'unwatch'),
  'src/api/peek.ts': declared('peek', 'poke'),
  'src/api/mark.ts': declared('mark', 'unmark'),
};

/** The same role written with functions bound to constants, as another library does. */
const constFunctions = `import { track, trigger } from './internal'

let pending = 0

export const derive = (target, key) => {
  track(target, key)
  return target
}

export const settle = (target, key) => {
  pending = 0
  trigger(target, key)
}
`;

/** One exported constant function beside declarations: a helper, not the module's form. */
const oneConstHelper = `import { track, trigger } from './internal'

export function derive<T>(target: T, key: string): T {
  track(target, key)
  return target
}

export function settle(target: object, key: string): void {
  trigger(target, key)
}

export const noop = (): void => {}
`;

describe('round 36: how public functions are written (export form)', () => {
  it('reads constant-bound public functions in a house of declarations as structure drift', async () => {
    expect(await categoryScore(declarationHouse, 'src/api/derive.js', constFunctions, 'structure')).toBeGreaterThanOrEqual(10);
  });

  it('keeps a module of declarations with one constant helper in style', async () => {
    expect(await categoryScore(declarationHouse, 'src/api/derive.ts', oneConstHelper, 'structure')).toBe(0);
  });

  it('keeps constant-bound functions in style where the house mixes the two forms', async () => {
    const mixed = { ...declarationHouse, 'src/api/shared.ts': constFunctions.replace(/derive|settle/g, (n) => `${n}Shared`) };
    expect(await categoryScore(mixed, 'src/api/derive.js', constFunctions, 'structure')).toBe(0);
  });

  it('keeps a module that writes both forms itself in style', async () => {
    const both = `${constFunctions}\nexport function settleAll(targets) {\n  targets.forEach((t) => settle(t, 'all'))\n}\n`;
    expect(
      await categoryScore(declarationHouse, 'src/api/derive.js', both.replace('export const settle', 'const settle'), 'structure'),
    ).toBe(0);
  });

  it('sets no form from a house showing a single public function', async () => {
    const oneFunction = {
      'src/store.ts': `export class Store {\n  get(key: string): unknown {\n    return key\n  }\n  set(key: string): void {}\n}\n\nexport function isStore(x: unknown): boolean {\n  return x instanceof Store\n}\n`,
      'src/cache.ts': `export class Cache {\n  get(key: string): unknown {\n    return key\n  }\n  clear(): void {}\n}\n`,
    };
    const classWithHelpers = `export class Body {\n  get(key) {\n    return key\n  }\n  set(key) {}\n}\n\nexport const clone = (body) => new Body(body)\n\nexport const size = (body) => 0\n`;
    expect(await categoryScore(oneFunction, 'src/body.js', classWithHelpers, 'structure')).toBe(0);
  });
});

/** A decorator module of a validation library: a PascalCase factory declared to return a decorator. */
const decoratorModule = (name: string) => `import { register } from './registry'

export function ${name}(options?: { each?: boolean }): PropertyDecorator {
  return function (target: object, propertyName: string | symbol): void {
    register(target, propertyName, '${name.toLowerCase()}', options)
  }
}
`;

/** The registry beside them: camelCase functions, and one more decorator. */
const registry = `const rules = new Map<object, string[]>()

export function registerRule(target: object, propertyName: string, rule: string): void {
  const list = rules.get(target) ?? []
  list.push(propertyName + ':' + rule)
  rules.set(target, list)
}

export function getRules(target: object): string[] {
  return rules.get(target) ?? []
}

export function Rule(rule: string): PropertyDecorator {
  return function (target: object, propertyName: string | symbol): void {
    registerRule(target, String(propertyName), rule)
  }
}
`;

describe('round 36: decorator factories are named as classes', () => {
  it('keeps camelCase functions in style beside a house of PascalCase decorator factories', async () => {
    const house = {
      'src/decorators/trim.ts': decoratorModule('Trim'),
      'src/decorators/lower.ts': decoratorModule('Lower'),
      'src/decorators/upper.ts': decoratorModule('Upper'),
    };
    expect(await categoryScore(house, 'src/decorators/registry.ts', registry, 'naming')).toBe(0);
  });
});

/** A module of a reactive core that reads the imported shared state once, in one of eight methods. */
const lightUser = `import { globalState, Atom } from './internal'

export class Signal {
  private atom = new Atom('signal')
  private value = 0

  get(): number {
    globalState.reads++
    return this.value
  }

  set(value: number): void {
    this.value = value
    this.atom.reportChanged()
  }

  peek(): number {
    return this.value
  }

  reset(): void {
    this.value = 0
  }

  add(n: number): void {
    this.set(this.value + n)
  }

  double(): void {
    this.set(this.value * 2)
  }

  isZero(): boolean {
    return this.value === 0
  }

  toString(): string {
    return String(this.value)
  }
}
`;

/** Its neighbour, which schedules through the same shared state in most of its methods. */
const heavyUser = `import { globalState, Atom } from './internal'

export class Effect {
  private atom = new Atom('effect')

  schedule(): void {
    globalState.pending.push(this)
    this.atom.reportObserved()
  }

  run(): void {
    globalState.running = this
    this.atom.reportChanged()
  }

  dispose(): void {
    globalState.pending = globalState.pending.filter((e) => e !== this)
  }
}
`;

describe('round 36: an imported shared instance of the house', () => {
  it('keeps a module using the same imported state more than its examples do in style', async () => {
    const house = {
      'src/core/signal.ts': lightUser,
      'src/core/memo.ts': lightUser.replace(/Signal/g, 'Memo').replace("'signal'", "'memo'"),
      'src/core/ref.ts': lightUser.replace(/Signal/g, 'Ref').replace("'signal'", "'ref'"),
    };
    expect(await categoryScore(house, 'src/core/effect.ts', heavyUser, 'data-flow')).toBe(0);
  });
});
