import { EscalationError, excerpt } from '@ce/core';

/**
 * Commands from a PRP that nobody has allowed yet: nothing was run; a person reviews them and runs
 * `ce prp allow <file>` (exit 3, like any decision that needs a human).
 */
export class NotAllowedError extends EscalationError {
  readonly commands: readonly string[];

  constructor(commands: readonly string[], prpFile: string) {
    const shown = commands.slice(0, 5).map((c) => `"${excerpt(c)}"`);
    const more = commands.length > shown.length ? ` and ${commands.length - shown.length} more` : '';
    super(
      'commands-not-allowed',
      `${commands.length === 1 ? '1 command is' : `${commands.length} commands are`} not allowed, nothing was run: ${shown.join(', ')}${more}`,
      {
        file: prpFile,
        hint: `review the PRP's commands (ce validate --plan --prp ${prpFile}), then run: ce prp allow ${prpFile}`,
        details: { commands: [...commands], prp: prpFile, allowCommand: `ce prp allow ${prpFile}` },
      },
    );
    this.commands = commands;
  }
}
