import { describe, expect, it } from 'vitest';
import { registerConfiguredSecrets } from './configured-secrets.js';
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

  it.each([
    ['a private key block', '-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----', 'MIIE'],
    ['a GitHub fine-grained token', 'github_pat_11ABCDEFG0123456789_abcdefghijkl', 'github_pat_'],
    ['a GitLab token', 'glpat-abcdefghij0123456789', 'glpat-'],
    ['an npm token', 'npm_abcdefghijklmnopqrstuvwxyz0123456789', 'npm_'],
    ['a password in a URL', 'https://bob:pa55word@example.com/x', 'pa55word'],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'eyJ'],
  ])('redacts %s', (_kind, text, gone) => {
    expect(redactSecrets(text, {})).not.toContain(gone);
    expect(redactSecrets(text, {})).toContain('[REDACTED]');
  });

  it('leaves code that merely names a token alone', () => {
    const code = 'const token: TokenType = read(); apiKey: process.env.ANTHROPIC_API_KEY';
    expect(redactSecrets(code, {})).toBe(code);
    expect(redactSecrets('https://example.com/a:b@c', {})).toBe('https://example.com/a:b@c');
  });

  it('redacts the values of the variables the agents configuration names, whatever their names', () => {
    const env = { LLM_CRED_PLAIN: 'q7-Zr0-plain-value', GATEWAY_HDR: 'hdr-value-9k2LmQ' };
    registerConfiguredSecrets(
      {
        apiKeyEnv: 'LLM_CRED_PLAIN',
        providers: { gw: { type: 'openai-compatible', headers: { 'x-gw': 'Token ${GATEWAY_HDR}' } } },
      } as unknown as Parameters<typeof registerConfiguredSecrets>[0],
      env,
    );
    expect(redactSecrets('sent q7-Zr0-plain-value and hdr-value-9k2LmQ', {})).toBe('sent [REDACTED] and [REDACTED]');
  });
});
