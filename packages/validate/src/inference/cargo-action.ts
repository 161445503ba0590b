/**
 * Actions that run one cargo command from their inputs: actions-rs/cargo and its forks with the same
 * inputs (clechasseur/rs-cargo, marcopolo/cargo). The action runs `cargo [+toolchain] <command> <args>`,
 * or `cross …` when `use-cross` is true, so `command: fmt` with `args: --all -- --check` is CI's
 * `cargo fmt --all -- --check`, not a bare `fmt`.
 */
const CARGO_ACTIONS = /^(actions-rs\/cargo|clechasseur\/rs-cargo|marcopolo\/cargo)@/;
/** actions-rs/clippy-check (and its fork clechasseur/rs-clippy-check) runs `cargo clippy <args>` and reports the warnings. */
const CLIPPY_ACTIONS = /^(actions-rs\/clippy-check|clechasseur\/rs-clippy-check)@/;
/**
 * giraffate/clippy-action runs `cargo clippy <clippy_flags>` and hands the warnings to reviewdog:
 * the same clippy gate, its arguments under another input name.
 */
const REVIEWDOG_CLIPPY = /^giraffate\/clippy-action@/;

export interface CargoActionRun {
  command: string;
  /** The `working-directory` input of the forks that have one. */
  cwd?: string;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/**
 * The command a cargo action step runs, or undefined for another action. A `use-cross` or `toolchain`
 * input given by an expression (`${{ steps.vars.outputs.CARGO_USE_CROSS }}`) is unknown until the run:
 * the action's default (cargo, the installed toolchain) stands for it.
 */
export function cargoActionRun(uses: string, inputs: Record<string, unknown> | undefined): CargoActionRun | undefined {
  if (REVIEWDOG_CLIPPY.test(uses)) {
    const flags = text(inputs?.['clippy_flags']);
    return { command: `cargo clippy${flags ? ` ${flags.replace(/\s+/g, ' ')}` : ''}` };
  }
  const clippy = CLIPPY_ACTIONS.test(uses);
  if (!CARGO_ACTIONS.test(uses) && !clippy) return undefined;
  const sub = clippy ? 'clippy' : text(inputs?.['command']);
  if (!sub || sub.includes('${{')) return undefined;
  const program = text(inputs?.['use-cross']) === 'true' ? 'cross' : 'cargo';
  const toolchain = text(inputs?.['toolchain']);
  const plus = toolchain && !toolchain.includes('${{') ? ` +${toolchain}` : '';
  const args = text(inputs?.['args']);
  const cwd = text(inputs?.['working-directory']);
  return { command: `${program}${plus} ${sub}${args ? ` ${args}` : ''}`, ...(cwd ? { cwd } : {}) };
}
