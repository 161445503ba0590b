import { describe, expect, it } from 'vitest';
import { redactSecrets, redactValue, registerSecret } from './redact.js';

describe('redactSecrets', () => {
  it('redacts a registered secret everywhere, whatever its shape or variable name', () => {
    const secret = 'plain-value-Zx81Qw7Lm2';
    expect(redactSecrets(`error: key ${secret} rejected`, {})).toBe(`error: key ${secret} rejected`);
    registerSecret(secret);
    expect(redactSecrets(`error: key ${secret} rejected`, {})).toBe('error: key [REDACTED] rejected');
    expect(redactValue({ nested: [`a${secret}b`] }, {})).toEqual({ nested: ['a[REDACTED]b'] });
  });

  it('ignores values too short to be keys', () => {
    registerSecret('abc');
    expect(redactSecrets('abc abc', {})).toBe('abc abc');
  });

  it('redacts key shapes and the values of variables named like secrets', () => {
    expect(redactSecrets('x sk-ant-api03-abcdefghijkl y', {})).toBe('x [REDACTED] y');
    expect(redactSecrets('token=hunter2hunter2', {})).toBe('token=[REDACTED]');
    expect(redactSecrets('value s3cr3t-v4lue here', { MY_API_KEY: 's3cr3t-v4lue' })).toBe('value [REDACTED] here');
  });
});
