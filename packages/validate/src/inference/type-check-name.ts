/**
 * A check named for TypeScript (`verify-old-ts`, `check:type:ts`, `check-dts`, `verify:types`) that CI
 * runs by name: the project's type check (jest's verifies its types against an older TypeScript),
 * whatever program the script hands it to (`node ./scripts/verifyOldTs.mjs`). Only the verb and the
 * language together say so; `check` or `verify` alone names nothing certain.
 */
const TYPE_CHECK_NAME = /^(verify|check)([:_-][\w]+)*[:_-](ts|dts|tsc|types?|typescript|typings)$/i;

export function isTypeCheckName(name: string): boolean {
  return TYPE_CHECK_NAME.test(name);
}
