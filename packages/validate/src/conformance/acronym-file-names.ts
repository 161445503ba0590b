import { fileNameStyles, type NamingStyle } from './naming-style.js';

/** An identifier that opens with an acronym of two capitals or more before a capitalised word: `IANAZone`, `HTMLParser`. */
const ACRONYM_LED = /^[A-Z]{2,}[A-Z][a-z]/;

/**
 * The naming styles of a file named after a class it defines. A house of camelCase file names
 * writes its class `FixedOffsetZone` in `fixedOffsetZone.js`, but an acronym-led class has no
 * agreed lower-case spelling (`iANAZone`, `ianaZone`, `IANAZone`), and projects keep the acronym:
 * such a file fits camelCase as well as PascalCase. A PascalCase class name that does not open
 * with an acronym (`UserService.ts`) still says PascalCase.
 */
export function classFileNameStyles(path: string, classNames: readonly string[]): NamingStyle[] {
  const styles = fileNameStyles(path);
  const base = (path.split(/[\\/]/).pop() ?? '').replace(/\..*$/, '');
  if (!ACRONYM_LED.test(base) || !classNames.includes(base)) return styles;
  return styles.includes('camelCase') ? styles : [...styles, 'camelCase'];
}
