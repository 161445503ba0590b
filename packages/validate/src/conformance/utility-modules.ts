/** `util.ts`, `utils.js`, `helpers.py`, `_utils.py`: a module named for holding utilities. */
const UTILITY_MODULE = /^_?(?:util|utils|helper|helpers)$/;
/** `util/`, `utils/`, `helpers/`, `utilities/`: a folder named for holding utilities. */
const UTILITY_FOLDER = /^_?(?:util|utils|helper|helpers|utilities)$/;

/**
 * Whether a file is named as its package's utility module. Such a module holds free functions in
 * every house, a house of classes included (its classes import `compact`, `castArray` from one),
 * so its functions say nothing against the examples' classes. Only the file's own name counts: a
 * class module inside a `utils/` folder (`utils/env/null_env.py`) is still compared.
 */
export function isUtilityModule(path: string): boolean {
  const base = (path.split(/[\\/]/).pop() ?? '').replace(/\..*$/, '');
  return UTILITY_MODULE.test(base);
}

/** The folder a file sits in: `pkg/util/url.py` → `pkg/util`; `util.ts` → `` (the root). */
function folderOf(path: string): string {
  const cut = path.search(/[\\/][^\\/]*$/);
  return cut < 0 ? '' : path.slice(0, cut);
}

/** Whether `folder` is `ancestor` or lies under it. */
function within(folder: string, ancestor: string): boolean {
  return ancestor === '' || folder === ancestor || folder.startsWith(`${ancestor}/`) || folder.startsWith(`${ancestor}\\`);
}

/**
 * Whether a utility module serves the examples' package: its folder's parent holds one of them
 * (`help/util.ts` beside `help/command.ts`, `src/lib/utils.ts` for `src/commands/`). A reviewer
 * reads such a module as the house's own odds and ends; a `util.py` of functions from elsewhere,
 * written where the house writes handler classes, is still a module of functions and is compared.
 */
export function isUtilityModuleOf(path: string, examples: readonly string[]): boolean {
  if (!isUtilityModule(path)) return false;
  const folder = folderOf(path);
  const parent = folder === '' ? '' : folderOf(folder);
  return examples.some((e) => e !== path && within(folderOf(e), parent));
}

/**
 * Whether every file sits in one utilities folder (`pyqtgraph/util/`, `urllib3/util/`). A package
 * keeps its odds and ends there, a `Timeout` class beside `parse_url` beside `cprint`, so classes
 * and functions in it follow no structure rule of the package. Examples from elsewhere (another
 * folder) still set one for a file of the utilities folder.
 */
export function inOneUtilityFolder(files: readonly string[]): boolean {
  const folders = new Set(files.map(folderOf));
  const [only] = [...folders];
  return folders.size === 1 && only !== undefined && UTILITY_FOLDER.test(only.split(/[\\/]/).pop() ?? '');
}
