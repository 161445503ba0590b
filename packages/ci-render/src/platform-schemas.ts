import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import type { OutputIssue } from './executor.js';

/** The platform schemas vendored under packages/ci-render/schemas (see NOTICE.md there). */
export type PlatformSchema = 'github-workflow' | 'gitlab-ci';

// ajv-formats is CommonJS; its default export arrives wrapped under some bundlers.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

const cache = new Map<PlatformSchema, ValidateFunction>();

/** The path of a vendored platform schema file. */
export function platformSchemaPath(name: PlatformSchema): string {
  return fileURLToPath(new URL(`../schemas/${name}.json`, import.meta.url));
}

function validator(name: PlatformSchema): ValidateFunction {
  let validate = cache.get(name);
  if (!validate) {
    const schema = JSON.parse(readFileSync(platformSchemaPath(name), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    validate = ajv.compile(schema);
    cache.set(name, validate);
  }
  return validate;
}

/** Checks rendered YAML against a platform's published JSON Schema. Empty list = valid. */
export function checkAgainstPlatformSchema(name: PlatformSchema, content: string): OutputIssue[] {
  let data: unknown;
  try {
    data = parse(content, { maxAliasCount: 1000 });
  } catch (error) {
    return [{ message: `not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}` }];
  }
  const validate = validator(name);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: `${e.message ?? 'invalid'} (${e.schemaPath})` }));
}
