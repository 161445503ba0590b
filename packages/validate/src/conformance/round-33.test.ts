import { describe, expect, it } from 'vitest';
import { categoryScore } from '../../test/conformance-case.js';

// Classes of mistake shown by round 33 (held-out-33): each test is one class, written with code of
// its own, not a copy of a bench case.

/** A lookup answering "nothing parsed" with null through a conditional expression. */
const nullLookup = (name: string) => `'use strict'

const read = require('./read')
const ${name} = (input, options) => {
  const found = read(input, options)
  return found ? found.${name} : null
}
module.exports = ${name}
`;

/** The same role written to throw on input it cannot read. */
const throwingReader = `'use strict'

function readTag(input) {
  if (typeof input !== 'string') {
    throw new TypeError('input must be a string')
  }
  const match = /^<(\\w+)>$/.exec(input)
  if (!match) {
    throw new SyntaxError('Unexpected tag')
  }
  return match[1]
}

module.exports = { readTag }
`;

describe('round 33: a conditional null is a guard', () => {
  it('a reader that throws does not follow a house of lookups answering `x ? x.y : null`', async () => {
    const examples = { 'lib/name.js': nullLookup('name'), 'lib/size.js': nullLookup('size'), 'lib/kind.js': nullLookup('kind') };
    expect(await categoryScore(examples, 'lib/tag.js', throwingReader, 'error-handling')).toBeGreaterThan(50);
  });

  it('another such lookup follows the house', async () => {
    const examples = { 'lib/name.js': nullLookup('name'), 'lib/size.js': nullLookup('size') };
    expect(await categoryScore(examples, 'lib/kind.js', nullLookup('kind'), 'error-handling')).toBe(0);
  });
});

describe('round 33: a throwing default clause is an assertion', () => {
  it('a lookup whose switch asserts its cases in `default` follows a house of null answers', async () => {
    const lowest = `'use strict'

const read = require('./read')
const lowest = (items) => {
  let low = null
  for (const item of items) {
    switch (item.op) {
      case '<':
      case '>':
        if (!low || item.value < low) low = item.value
        break
      default:
        throw new Error(\`Unexpected operation: \${item.op}\`)
    }
  }
  const found = read(low)
  return found ? found.value : null
}
module.exports = lowest
`;
    const examples = { 'lib/name.js': nullLookup('name'), 'lib/size.js': nullLookup('size'), 'lib/kind.js': nullLookup('kind') };
    expect(await categoryScore(examples, 'lib/lowest.js', lowest, 'error-handling')).toBe(0);
  });
});

describe('round 33: a conditional null inside a try is a value', () => {
  it('a reader whose try picks `raw ? decode(raw) : null` follows a house of catch-and-log readers', async () => {
    const logging = (name: string) => `export function ${name}(input: string, fallback: string): string {
  try {
    return decodeURIComponent(input);
  } catch (error) {
    console.warn('cannot decode ${name}', error);
    return fallback;
  }
}

export function ${name}Size(input: string): number {
  try {
    return JSON.parse(input).length;
  } catch (error) {
    console.warn('cannot size ${name}', error);
    return 0;
  }
}
`;
    const reader = `export function readStored(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch (error) {
    console.warn('cannot read', key, error);
    return null;
  }
}
`;
    const examples = { 'src/name.ts': logging('name'), 'src/path.ts': logging('path') };
    expect(await categoryScore(examples, 'src/stored.ts', reader, 'error-handling')).toBe(0);
  });
});
