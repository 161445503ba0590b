import { describe, expect, it } from 'vitest';
import { categoryScore } from '../../test/conformance-case.js';

// Classes of mistake shown by round 41 (held-out-41): each test is one class, written with code of
// its own, not a copy of a bench case.

/** Two CommonJS operations reporting failure through an optional error-first callback named `done`. */
const house = {
  'lib/load.js': `const parse = require('./parse');

module.exports = function (text, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const done = callback || function (err, value) {
    if (err) throw err;
    return value;
  };
  if (typeof text !== 'string') {
    return done(new TypeError('text must be a string'));
  }
  let value;
  try {
    value = parse(text);
  } catch (err) {
    return done(err);
  }
  return done(null, value);
};
`,
  'lib/save.js': `const fs = require('fs');

module.exports = function (file, value, callback) {
  const done = callback || function (err) {
    if (err) throw err;
  };
  if (!file) {
    return done(new Error('file is required'));
  }
  fs.writeFile(file, JSON.stringify(value), function (err) {
    if (err) return done(err);
    done(null);
  });
};
`,
};

/** The same house's third operation, reporting through a local funnel whose name reads like a Result constructor. */
const check = `module.exports = function (value, rules, callback) {
  function failure(err) {
    if (callback) {
      return callback(err);
    }
    throw err;
  }

  if (!rules) {
    return failure(new Error('rules are required'));
  }
  for (const rule of rules) {
    try {
      rule(value);
    } catch (err) {
      return failure(err);
    }
  }
  if (callback) return callback(null, value);
  return value;
};
`;

describe('round 41: classes of mistake on real code', () => {
  it('reads a call of a local funnel handing its error to the callback (`return failure(new Error(…))`) as a callback error, not a Result', async () => {
    expect(await categoryScore(house, 'lib/check.js', check, 'error-handling')).toBe(0);
  });
});
