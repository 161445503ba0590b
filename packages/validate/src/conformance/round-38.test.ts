import { describe, expect, it } from 'vitest';
import { categoryScore } from '../../test/conformance-case.js';

// Classes of mistake shown by round 38 (held-out-38): each test is one class, written with code of
// its own, not a copy of a bench case.

/** A syntax theme's token description written as an exported object a host reads. */
const descriptor = (id: string) => `import type { ThemeSpec } from '../types';

export default {
	id: '${id}',
	tokens: {
		'keyword': /\\b(?:if|else|loop)\\b/,
		'string': { pattern: /"[^"]*"/, greedy: true },
	},
	extend(base) {
		return { ...base, id: '${id}' };
	},
} as ThemeSpec;
`;

const descriptorHouse = {
  'src/themes/dusk.ts': descriptor('dusk'),
  'src/themes/dawn.ts': descriptor('dawn'),
  'src/themes/noon.ts': descriptor('noon'),
};

/** The same role written as a factory function building named modes, as another library does. */
const factory = (name: string) => `/** @type ThemeFn */
export default function(lib) {
  const KEYWORD = { scope: 'keyword', match: /\\b(?:if|else|loop)\\b/ };
  const STRING = { scope: 'string', begin: '"', end: '"' };
  return { name: '${name}', contains: [KEYWORD, STRING, lib.NUMBER_MODE] };
}
`;

const factoryHouse = {
  'src/themes/dusk.js': factory('dusk'),
  'src/themes/dawn.js': factory('dawn'),
  'src/themes/noon.js': factory('noon'),
};

/** A module of exported constants: names and plain values, no behaviour described in place. */
const constants = `const LIMIT = 256
const NAMES = ['major', 'minor']

module.exports = {
  LIMIT,
  NAMES,
  FLAG_STRICT: 0b01,
}
`;

const optionsFunction = `const emptyOptions = Object.freeze({})

const parseOptions = (options) => (options ? { ...emptyOptions, ...options } : emptyOptions)

module.exports = parseOptions
`;

describe('round 38: descriptor objects (a module whose unit is an exported object literal)', () => {
  it('reads a factory function in a house of descriptor objects as structure drift', async () => {
    expect(await categoryScore(descriptorHouse, 'src/themes/dim.js', factory('dim'), 'structure')).toBeGreaterThanOrEqual(10);
  });

  it('reads a descriptor object in a house of factory functions as structure drift', async () => {
    expect(await categoryScore(factoryHouse, 'src/themes/dim.ts', descriptor('dim'), 'structure')).toBeGreaterThanOrEqual(10);
  });

  it('keeps a descriptor object in a house of descriptor objects in style', async () => {
    expect(await categoryScore(descriptorHouse, 'src/themes/dim.ts', descriptor('dim'), 'structure')).toBe(0);
  });

  it('does not read a module of exported constants as a descriptor', async () => {
    const examples = { 'internal/limits.js': constants, 'internal/flags.js': constants };
    expect(await categoryScore(examples, 'internal/parse-options.js', optionsFunction, 'structure')).toBe(0);
  });
});

/** A stream operator installed as a method on the prototype of a class the module does not declare. */
const installed = (name: string) => `import { make } from './make.js';

export const ${name}: unique symbol = Symbol('${name}');

function ${name}Operator<T>(this: Stream<T>, count: number): Stream<T> {
  return this[make]((sink) => {
    let seen = 0;
    this.listen({ next: (value) => (seen++ < count ? sink.next(value) : sink.done()) });
  });
}

Stream.prototype[${name}] = ${name}Operator;
`;

const installHouse = {
  'src/first.ts': installed('first'),
  'src/head.ts': installed('head'),
  'src/limit.ts': installed('limit'),
};

/** The same role written as a default-exported factory around an operator class, as another library does. */
const operatorFactory = `import { Operator, Stream } from '../index';

class LimitOperator<T> implements Operator<T, T> {
  public out: Stream<T> | null = null;
  private seen = 0;

  constructor(public max: number, public ins: Stream<T>) {}

  _n(t: T) {
    const u = this.out;
    if (!u) return;
    if (this.seen++ < this.max) u._n(t);
    else u._c();
  }
}

export default function limit<T>(max: number): (ins: Stream<T>) => Stream<T> {
  return (ins) => new Stream<T>(new LimitOperator(max, ins));
}
`;

/** A CommonJS module writing its own class through its prototype: not an installation on a shared class. */
const ownClass = (name: string) => `function ${name}(options) {
  this.options = options;
}

${name}.prototype.query = function (sql, cb) {
  return this.run(sql, cb);
};

${name}.prototype.end = function (cb) {
  this.run('END', cb);
};

module.exports = ${name};
`;

/** A CommonJS module exporting one function. */
const oneFunction = (name: string) => `function ${name}(text, options) {
  return text.split(options.separator);
}

module.exports = ${name};
`;

describe('round 38: methods installed on a shared class prototype', () => {
  it('reads a default-exported operator factory in a house of prototype installations as structure drift', async () => {
    expect(await categoryScore(installHouse, 'src/take.ts', operatorFactory, 'structure')).toBeGreaterThanOrEqual(10);
  });

  it('reads a prototype installation in a house of exported factories as structure drift', async () => {
    const factories = { 'src/extra/limit.ts': operatorFactory, 'src/extra/cap.ts': operatorFactory.replace(/limit/g, 'cap') };
    expect(await categoryScore(factories, 'src/extra/first.ts', installed('first'), 'structure')).toBeGreaterThanOrEqual(10);
  });

  it('keeps a module writing its own class through its prototype among function modules', async () => {
    const examples = { 'lib/split.js': oneFunction('split'), 'lib/tokens.js': oneFunction('tokens') };
    expect(await categoryScore(examples, 'lib/cursor.js', ownClass('Cursor'), 'structure')).toBe(0);
  });
});
