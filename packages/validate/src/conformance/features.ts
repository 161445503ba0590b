/** The pattern categories L4 compares, in report order. */
export const CATEGORIES = ['async-style', 'error-handling', 'naming', 'module-system', 'data-flow', 'structure'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Identifier kinds whose naming convention is compared separately. */
export type IdentifierKind = 'function' | 'variable' | 'class' | 'constant' | 'file';

/** Language families compared with each other (naming and module system are family-specific). */
export type LanguageFamily = 'js' | 'python' | 'go' | 'rust' | 'java';

/**
 * One observed use of a style: an async function, a try/catch, a snake_case function name. `styles`
 * lists every style the observation is compatible with (`load` is both camelCase and snake_case).
 */
export interface Observation {
  category: Category;
  /** For naming: which kind of identifier. Other categories compare one distribution per category. */
  kind?: IdentifierKind;
  styles: string[];
  line: number;
  /** The source it was seen in, shortened to one line. */
  evidence: string;
  /** For naming: the identifier, whether it is exported (renaming would touch other files) and whether it is a property name. */
  name?: string;
  exported?: boolean;
  /**
   * For async style: the function's role when its style is a house rule of its own. Route and
   * event handlers are compared with the examples' handlers, where a synchronous one is foreign.
   */
  role?: 'handler';
  /**
   * For structure: the aspect of the module's layout observed, compared apart from how it
   * organises its behaviour (classes, functions). `export-form`: how public functions are written;
   * `annotations`: whether public Python signatures carry type annotations; `private-form`: how
   * the examples write their module-private functions (evidence for export-form only).
   */
  aspect?: 'export-form' | 'annotations' | 'private-form';
  /** For data flow: the imported instance (`globalState`, `store`) whose members the function uses, when its module state is one. */
  sharedInstance?: string;
  /**
   * For error handling: a throw checking the type of the function's arguments (`typeof cb !==
   * 'function'`), a misuse of the API rather than a failure of its work (see argument-checks).
   */
  argumentCheck?: boolean;
  /**
   * For structure: how much of the file the unit holds (a class's methods; 1 for a function), so
   * a helper function beside a large class weighs as little as it reads. 1 when absent.
   */
  weight?: number;
}

/** The patterns of one file. */
export interface FileFeatures {
  file: string;
  family: LanguageFamily;
  observations: Observation[];
  /** Functions seen (for shares such as "async functions among all functions"). */
  functionCount: number;
  /** A parse problem worth telling the user (the file was still analysed as far as it parsed). */
  problem?: string;
}

/** One line of source for evidence: trimmed, at most 100 characters. */
export function snippet(text: string): string {
  const line = (text.split('\n').find((l) => l.trim().length > 0) ?? '').trim().replace(/\s+/g, ' ');
  return line.length > 100 ? `${line.slice(0, 97)}...` : line;
}
