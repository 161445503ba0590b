import { describe, expect, it } from 'vitest';
import { categoryScore } from '../../test/conformance-case.js';

// Classes of mistake shown by round 42 (held-out-42): each test is one class, written with code of
// its own, not a copy of a bench case.

/** Validators that throw their own error at the first bad value. */
const throwing = {
  'src/checks/number.ts': `import { CheckError } from './errors';

export const toNumber = (input: string): number => {
  const n = Number(input);
  if (Number.isNaN(n)) throw new CheckError(\`Not a number: "\${input}"\`);
  return n;
};

export const toPort = (input: string): number => {
  const n = toNumber(input);
  if (n < 1 || n > 65535) throw new CheckError(\`Port out of range: \${n}\`);
  return n;
};
`,
  'src/checks/text.ts': `import { CheckError } from './errors';

export const toText = (input: unknown): string => {
  if (typeof input !== 'string') throw new CheckError('Not a string');
  return input;
};

export const toEmail = (input: string): string => {
  if (!/^[^@]+@[^@]+$/.test(input)) throw new CheckError(\`Invalid email: "\${input}"\`);
  return input;
};
`,
};

/** A rule that adds formatted messages to the `errors` list its caller passed in, and never throws. */
const pushingRule = `import { format } from '../util';

const length = (rule, value, source, errors, options) => {
  if (typeof value !== 'string') return;
  if (rule.min !== undefined && value.length < rule.min) {
    errors.push(format(options.messages.min, rule.field, rule.min));
  } else if (rule.max !== undefined && value.length > rule.max) {
    errors.push(format(options.messages.max, rule.field, rule.max));
  }
};

export default length;
`;

/** Another rule of the same house. */
const pushingRequired = `import { format } from '../util';

const required = (rule, value, source, errors, options) => {
  if (rule.required && (value === undefined || value === '')) {
    errors.push(format(options.messages.required, rule.field));
  }
};

export default required;
`;

const pushingPattern = `import { format } from '../util';

const pattern = (rule, value, source, errors, options) => {
  if (rule.pattern && !rule.pattern.test(value)) {
    errors.push(format(options.messages.pattern, rule.field, rule.pattern));
  }
};

export default pattern;
`;

describe('round 42: messages pushed onto the errors list the caller passed in', () => {
  it('a rule pushing its messages onto an `errors` parameter diverges from a house of throwing validators', async () => {
    expect(await categoryScore(throwing, 'src/checks/length.ts', pushingRule, 'error-handling')).toBeGreaterThanOrEqual(30);
  });

  it('the same rule in a house of such rules is in style', async () => {
    const house = { 'src/rule/required.ts': pushingRequired, 'src/rule/pattern.ts': pushingPattern };
    expect(await categoryScore(house, 'src/rule/length.ts', pushingRule, 'error-handling')).toBe(0);
  });
});
