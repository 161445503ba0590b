import type { Observation } from '../features.js';
import { isFunctionLike, skipParens } from './syntax.js';
import { observe, type TsSource } from './source.js';

/**
 * How a module writes its public functions: as declarations (`export function pick(…) {…}`) or as
 * functions bound to a constant (`export const pick = (…) => …`). A house keeps to one of the two
 * in every module (mobx's `export function`, a store library's `export const atom = … =>`); a
 * module written the other way was written elsewhere. One observation per exported name, so
 * overload signatures count once. Module-private functions are noted apart (`private-form`): they
 * set no rule, but they show which forms the house writes.
 */
export function exportFormObservations(src: TsSource): Observation[] {
  const { T, sf } = src;
  const seen = new Set<string>();
  const out: Observation[] = [];
  const note = (name: string, style: string, node: Parameters<typeof observe>[2]): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const aspect = src.exported.has(name) ? 'export-form' : 'private-form';
    out.push(observe(src, { category: 'structure', aspect, styles: [style] }, node));
  };
  for (const st of sf.statements) {
    if (T.isFunctionDeclaration(st) && st.name) note(st.name.text, 'function-declarations', st);
    if (!T.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (T.isIdentifier(d.name) && d.initializer && isFunctionLike(T, skipParens(T, d.initializer)))
        note(d.name.text, 'const-functions', d);
    }
  }
  return out;
}

/**
 * A house keeps to its form when it nearly never writes the other one: a utility module of thirty
 * `const` arrows with four declarations among them mixes the two, and either is its own.
 */
const KEPT_FORM_SHARE = 0.1;

/** How many of the examples' own module-private functions in one form show the house writes that form. */
const PRIVATE_FORM_EVIDENCE = 2;

interface FormCounts {
  total: number;
  counts: Map<string, number>;
}

/**
 * 1 when the examples (nearly) never write their public functions in the observation's form, 0
 * otherwise. A house whose modules bind their own helpers to constants (`const isIP = (s) => …`)
 * beside a few `export function`s writes both forms: a module exporting `const` arrows is its own.
 */
export function exportFormForeignness(o: Observation, d: FormCounts, privateForms?: FormCounts): number {
  const style = o.styles[0] ?? '';
  if ((privateForms?.counts.get(style) ?? 0) >= PRIVATE_FORM_EVIDENCE) return 0;
  const share = (d.counts.get(style) ?? 0) / Math.max(1, d.total);
  return share < KEPT_FORM_SHARE ? 1 : 0;
}

/**
 * When the examples set no export form: one public function is an anecdote on either side (a
 * `const` helper exported beside a module's class, or the one exported function of a house of
 * classes), and a module that writes both forms itself comes from a house that mixes them, however
 * uniform the examples picked from it are. The form is foreign only in a module that keeps to it.
 */
export function setsNoExportForm(list: readonly { observation: Observation; foreignness: number; expected: { total: number } }[]): boolean {
  const thin = list.length < 2 || list.some((x) => x.expected.total < 2);
  const mixed = list.some((x) => x.foreignness === 0);
  return (thin || mixed) && list.every((x) => x.observation.aspect === 'export-form');
}
