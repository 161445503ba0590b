import { describe, expect, it } from 'vitest';
import { CeError, CheckFailedError, EscalationError, ExitCode, InternalError, UsageError, isCeError } from './index.js';

describe('CeError', () => {
  it('carries the exit code of its kind: usage 2, failed check 1, escalation 3', () => {
    expect(new UsageError('x', 'bad').exitCode).toBe(ExitCode.Usage);
    expect(new CheckFailedError('x', 'failed').exitCode).toBe(ExitCode.Failed);
    expect(new EscalationError('x', 'ask').exitCode).toBe(ExitCode.Escalation);
    expect(new InternalError('boom').exitCode).toBe(ExitCode.Failed);
  });

  it('names the file in its one-line message and keeps the hint apart', () => {
    const error = new UsageError('config-invalid', 'agents.modle: unknown key\n(see docs)', {
      file: '.ce/config.yml',
      hint: 'check the key',
    });
    expect(error.line).toBe('.ce/config.yml: agents.modle: unknown key (see docs)');
    expect(error.hint).toBe('check the key');
    expect(error.toJSON()).toMatchObject({ code: 'config-invalid', exitCode: 2, file: '.ce/config.yml', hint: 'check the key' });
    expect(isCeError(error)).toBe(true);
    expect(isCeError(new Error('x'))).toBe(false);
  });

  it('does not repeat the file when the message already names it', () => {
    expect(new CeError('x', 'PRPs/a.md has no Goal', { file: 'PRPs/a.md' }).line).toBe('PRPs/a.md has no Goal');
  });
});
