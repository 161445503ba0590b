export interface Progress {
  start(text: string): void;
  update(text: string): void;
  succeed(text?: string): void;
  fail(text?: string): void;
  stop(): void;
}

/** A command's progress: shown on a terminal's stderr, never under --json or on CI. */
export function commandProgress(json: boolean): Progress {
  return createProgress({ enabled: !json && Boolean(process.stderr.isTTY) && !process.env['CI'] });
}

const silent: Progress = { start() {}, update() {}, succeed() {}, fail() {}, stop() {} };

/**
 * A spinner on stderr (ora, loaded only when shown so that start-up stays fast), or nothing at all
 * under --json or when stderr is not a terminal.
 */
export function createProgress(options: { enabled: boolean }): Progress {
  if (!options.enabled) return silent;
  type Spinner = { start(t?: string): unknown; succeed(t?: string): unknown; fail(t?: string): unknown; stop(): unknown; text: string };
  let spinner: Spinner | undefined;
  let pending: string | undefined;
  const ready = import('ora').then(({ default: ora }) => {
    spinner = ora({ stream: process.stderr }) as unknown as Spinner;
    if (pending !== undefined) spinner.start(pending);
  });
  void ready;
  return {
    start(text) {
      if (spinner) spinner.start(text);
      else pending = text;
    },
    update(text) {
      if (spinner) spinner.text = text;
      else pending = text;
    },
    succeed(text) {
      spinner?.succeed(text);
      pending = undefined;
    },
    fail(text) {
      spinner?.fail(text);
      pending = undefined;
    },
    stop() {
      spinner?.stop();
      pending = undefined;
    },
  };
}
