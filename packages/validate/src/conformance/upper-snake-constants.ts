import type { LanguageFamily, Observation } from './features.js';

/**
 * A JavaScript/TypeScript constant named in UPPER_SNAKE (`MILLISECONDS_IN_A_DAY = 24 * 60 * 60 *
 * 1000`) is in style in any house: ESLint's `camelcase` rule does not warn on it ("if ESLint
 * decides that the variable is a constant (all uppercase), then no warning will be thrown"), and
 * JSCS's `requireCamelCaseOrUpperCaseIdentifiers` accepts camelCase or UPPERCASE_WITH_UNDERSCORES
 * alike. Only the implementation is forgiven: the examples' UPPER_SNAKE constants still make
 * it the house's convention, so a camelCase constant among them stays foreign.
 */
export function isUpperSnakeJsConstant(o: Observation, family: LanguageFamily): boolean {
  return family === 'js' && o.category === 'naming' && o.kind === 'constant' && o.styles.length === 1 && o.styles[0] === 'UPPER_SNAKE';
}
