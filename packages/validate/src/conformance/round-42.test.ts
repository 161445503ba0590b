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

/** Two modules exporting declarations, with private helpers bound to constants. */
const declarationsWithConstHelpers = {
  'src/env/read.ts': `const trim = (s: string) => s.trim();

export function readVar(env: Record<string, string>, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined ? undefined : trim(raw);
}
`,
  'src/env/describe.ts': `const quote = (s: string) => \`"\${s}"\`;

export function describeVar(name: string, example?: string): string {
  return example ? \`\${name} (eg. \${quote(example)})\` : name;
}
`,
};

/** The same two modules with their helpers declared as functions. */
const declarationsOnly = {
  'src/env/read.ts': declarationsWithConstHelpers['src/env/read.ts'].replace(
    'const trim = (s: string) => s.trim();',
    'function trim(s: string) {\n  return s.trim();\n}',
  ),
  'src/env/describe.ts': declarationsWithConstHelpers['src/env/describe.ts'].replace(
    'const quote = (s: string) => `"${s}"`;',
    'function quote(s: string) {\n  return `"${s}"`;\n}',
  ),
};

/** A module of the same house exporting functions bound to constants. */
const constExports = `export const freezeEnv = <T extends object>(env: T): T => Object.freeze(env);

export const withDefaults = <T extends object>(env: T, defaults: Partial<T>): T => ({ ...defaults, ...env });

export const pickVars = (env: Record<string, string>, names: string[]) => names.map((n) => env[n]);
`;

describe('round 42: a house that binds its private helpers to constants writes both function forms', () => {
  it('a module exporting const arrows is in style where the examples write their own helpers as const arrows', async () => {
    expect(await categoryScore(declarationsWithConstHelpers, 'src/env/middleware.ts', constExports, 'structure')).toBe(0);
  });

  it('the same module still stands out where the examples write every function as a declaration', async () => {
    expect(await categoryScore(declarationsOnly, 'src/env/middleware.ts', constExports, 'structure')).toBeGreaterThan(0);
  });
});
