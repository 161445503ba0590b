import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types; it returns a string.
import { configValidatorSource, GENERATED } from '../../scripts/config-validator.mjs';
import { configSchema } from './config-schema.js';
import { validate } from './config-validator.generated.js';

describe('the configuration validator compiled ahead of time', () => {
  it('is the code ajv generates for config-schema.ts today', () => {
    // Out of step after a schema change: `npx nx run @ce/core:build && node packages/core/scripts/config-validator.mjs`.
    expect(readFileSync(GENERATED as URL, 'utf8')).toBe(configValidatorSource(configSchema) as string);
  });

  it('fills defaults, refuses unknown keys and counts a string length in code points', () => {
    const config: Record<string, unknown> = {};
    expect(validate(config)).toBe(true);
    expect(config).toMatchObject({ version: 1, drift: { acceptBelow: 10, escalateAt: 30 }, ci: { dir: 'ci' } });
    expect(validate({ drift: { nope: 1 } })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', instancePath: '/drift' });
    // minLength 1 of a command: one astral character is one code point (two UTF-16 units).
    expect(validate({ validation: { commands: { '1': [{ command: '😀' }] } } })).toBe(true);
    expect(validate({ validation: { commands: { '1': [{ command: '' }] } } })).toBe(false);
  });
});
