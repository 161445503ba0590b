import { describe, expect, it } from 'vitest';
import { categoryScore } from '../../test/conformance-case.js';

// Classes of mistake shown by round 34 (held-out-34): each test is one class, written with code of
// its own, not a copy of a bench case.

/** A reader of one kind of file that hands every failure to its error-first callback. */
const callbackReader = (name: string, parse: string) => `'use strict'

const fs = require('fs')

function ${name}(file, callback) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return callback(err)
    let value
    try {
      value = ${parse}
    } catch (parseError) {
      return callback(parseError)
    }
    callback(null, value)
  })
}

module.exports = ${name}
`;

const callbackHouse = {
  'lib/read-json.js': callbackReader('readJson', 'JSON.parse(text)'),
  'lib/read-lines.js': callbackReader('readLines', "text.split('\\n')"),
  'lib/read-csv.js': callbackReader('readCsv', "text.split('\\n').map((line) => line.split(','))"),
};

/** The same role checking its arguments first, as Node's callback APIs do. */
const checkingReader = `'use strict'

const fs = require('fs')

function readPairs(file, options, callback) {
  if (typeof options === 'function') {
    callback = options
    options = {}
  }
  if (typeof callback !== 'function') {
    throw new TypeError('readPairs needs a callback')
  }
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return callback(err)
    callback(null, toPairs(text, options.separator || '='))
  })
}

function toPairs(text, separator) {
  if (typeof separator !== 'string') {
    throw new TypeError('separator must be a string')
  }
  return text.split('\\n').map((line) => line.split(separator))
}

module.exports = readPairs
`;

/** The same role throwing when the work fails, where the house calls back. */
const throwingReader = `'use strict'

const fs = require('fs')

function readPairs(file, callback) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) throw err
    if (!text.includes('=')) throw new Error('no pairs in ' + file)
    callback(null, text.split('\\n').map((line) => line.split('=')))
  })
}

module.exports = readPairs
`;

/** The same role rethrowing the error its callback was handed, after checking its type. */
const rethrowingReader = `'use strict'

const fs = require('fs')

function readPairs(file, callback) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err instanceof Error) throw err
    callback(null, text.split('\\n').map((line) => line.split('=')))
  })
}

module.exports = readPairs
`;

describe('round 34: an argument check is how a callback house reports misuse', () => {
  it('a reader throwing on arguments of the wrong type follows a house of error-first callbacks', async () => {
    expect(await categoryScore(callbackHouse, 'lib/read-pairs.js', checkingReader, 'error-handling')).toBe(0);
  });

  it('a reader throwing when its work fails does not', async () => {
    expect(await categoryScore(callbackHouse, 'lib/read-pairs.js', throwingReader, 'error-handling')).toBeGreaterThan(30);
  });

  it('a reader rethrowing the error it was handed, after `instanceof Error`, does not', async () => {
    expect(await categoryScore(callbackHouse, 'lib/read-pairs.js', rethrowingReader, 'error-handling')).toBeGreaterThan(30);
  });
});

/** A module adding methods to a shared wrapper object, as a house extending `$.fn` does. */
const extendingModule = (first: string, second: string) => `import { $ } from './core.js';

var rspace = /\\s+/;

$.fn.extend( {
  ${first}: function( value ) {
    return this.each( function() {
      this.setAttribute( '${first}', String( value ).split( rspace ).join( ' ' ) );
    } );
  },

  ${second}: function() {
    return this.each( function() {
      this.removeAttribute( '${first}' );
    } );
  }
} );

export { $ };
`;

const extendingHouse = {
  'src/title.js': extendingModule('title', 'removeTitle'),
  'src/label.js': extendingModule('label', 'removeLabel'),
  'src/role.js': extendingModule('role', 'removeRole'),
};

/** The same methods written as exported functions over `this`. */
const exportedMethods = `import type { Wrapper } from './wrapper.js';

const space = /\\s+/;

export function tooltip(this: Wrapper, value: string): Wrapper {
  return this.each((el) => el.setAttribute('tooltip', value.split(space).join(' ')));
}

export function removeTooltip(this: Wrapper): Wrapper {
  return this.each((el) => el.removeAttribute('tooltip'));
}
`;

describe('round 34: methods added through an extend call are a structure of their own', () => {
  it('exported functions do not follow a house adding methods with `$.fn.extend({…})`', async () => {
    expect(await categoryScore(extendingHouse, 'src/tooltip.ts', exportedMethods, 'structure')).toBeGreaterThan(30);
  });

  it('an extend call does not follow a house of exported functions', async () => {
    const house = {
      'src/tooltip.ts': exportedMethods,
      'src/hint.ts': exportedMethods.replace(/ooltip/g, 'int'),
      'src/caption.ts': exportedMethods.replace(/tooltip/g, 'caption').replace(/Tooltip/g, 'Caption'),
    };
    expect(await categoryScore(house, 'src/role.js', extendingModule('role', 'removeRole'), 'structure')).toBeGreaterThan(30);
  });

  it('another extending module with a private helper follows the house', async () => {
    const withHelper = extendingModule('lang', 'removeLang').replace(
      'var rspace = /\\s+/;',
      'var rspace = /\\s+/;\n\nfunction normalize( value ) {\n  return String( value ).trim();\n}',
    );
    expect(withHelper).toContain('function normalize');
    expect(await categoryScore(extendingHouse, 'src/lang.js', withHelper, 'structure')).toBe(0);
  });
});

/** A check working on its argument only, as a house of pure validators writes them. */
const pureCheck = (name: string, pattern: string) => `const ${name}Pattern = /${pattern}/;

export default function is${name}(str) {
  if (typeof str !== 'string') return false;
  return ${name}Pattern.test(str.trim());
}
`;

const pureHouse = {
  'src/lib/isDigits.js': pureCheck('Digits', '^[0-9]+$'),
  'src/lib/isLetters.js': pureCheck('Letters', '^[a-z]+$'),
  'src/lib/isHex.js': pureCheck('Hex', '^[0-9a-f]+$'),
};

describe("round 34: an imported pattern is a constant, not a service (found by the round's probe)", () => {
  it('a check matching with patterns a sibling module exports follows a house of pure checks', async () => {
    const importing = `import { digitsPattern } from './isDigits';
import { lettersPattern } from './isLetters';

export default function isMixed(str) {
  if (typeof str !== 'string') return false;
  return digitsPattern.test(str) && lettersPattern.exec(str) !== null;
}
`;
    expect(await categoryScore(pureHouse, 'src/lib/isMixed.js', importing, 'data-flow')).toBe(0);
  });

  it('a check calling an imported service still shares state', async () => {
    const service = `import cache from './cache';

export default function isKnown(str) {
  if (typeof str !== 'string') return false;
  return cache.lookup(str.trim()) !== undefined;
}
`;
    expect(await categoryScore(pureHouse, 'src/lib/isKnown.js', service, 'data-flow')).toBeGreaterThan(30);
  });
});
