// Types of config-validator.generated.js (ajv standalone code, see packages/core/scripts/config-validator.mjs).

/** One error of the validator: the fields of ajv's ErrorObject that load-config reads. */
export interface ConfigValidationError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Validates a configuration in place, filling every missing key with its default (ajv's useDefaults). */
export interface ConfigValidator {
  (data: unknown): boolean;
  errors?: ConfigValidationError[] | null;
}

export declare const validate: ConfigValidator;
declare const validateDefault: ConfigValidator;
export default validateDefault;
