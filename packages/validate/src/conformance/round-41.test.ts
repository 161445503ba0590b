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

/** Curried response helpers: each takes the request and response and returns the function that does the work. */
const helpers = {
  'src/redirect.ts': `import type { IncomingMessage, ServerResponse } from 'node:http';

type Next = (err?: Error) => void;

export const redirect =
  (req: IncomingMessage, res: ServerResponse, next: Next) =>
  (url: string, status = 302): ServerResponse => {
    if (!url) {
      next(new Error('no url'));
      return res;
    }
    res.statusCode = status;
    res.setHeader('Location', url);
    res.end(req.method === 'HEAD' ? '' : 'Redirecting to ' + url);
    return res;
  };
`,
  'src/negotiate.ts': `import type { IncomingMessage, ServerResponse } from 'node:http';

type Next = (err?: Error) => void;

export const negotiate =
  (req: IncomingMessage, res: ServerResponse, next: Next) =>
  (types: Record<string, () => void>): ServerResponse => {
    const wanted = Object.keys(types).find((t) => String(req.headers.accept).includes(t));
    if (wanted) types[wanted]();
    else next(new Error('Not Acceptable'));
    return res;
  };
`,
};

/** A helper of the same kind whose callback is the returned function's own parameter. */
const attach = `import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';

type Callback = (err?: Error) => void;

export const attach =
  (req: IncomingMessage, res: ServerResponse) =>
  (path: string, cb?: Callback): ServerResponse => {
    const done = cb;
    res.setHeader('Content-Disposition', 'attachment; filename="' + basename(path) + '"');
    res.end(path, () => done && done());
    return res;
  };
`;

describe('round 41: classes of mistake on real code', () => {
  it('reads a call of a local funnel handing its error to the callback (`return failure(new Error(…))`) as a callback error, not a Result', async () => {
    expect(await categoryScore(house, 'lib/check.js', check, 'error-handling')).toBe(0);
  });

  it('does not take a curried helper of the request and response (`(req, res) => (…) => …`) for a synchronous request handler', async () => {
    expect(await categoryScore(helpers, 'src/attach.ts', attach, 'async-style')).toBe(0);
  });
});
