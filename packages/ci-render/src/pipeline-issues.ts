import { UsageError } from '@ce/core';

/** One problem in a pipeline definition, named by its path (`stages[2].depends_on[0]`). */
export interface PipelineIssue {
  path: string;
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

/** `stages[2].depends_on[0]` from a list of keys and indexes. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}

/** `path: message` — how an issue reads in one line. */
export function formatIssue(issue: PipelineIssue): string {
  return `${issue.path}: ${issue.message}`;
}

/** The exit-2 error for an invalid pipeline: the first problem in the message, all of them in details. */
export function invalidPipelineError(file: string, issues: PipelineIssue[]): UsageError {
  const first = issues[0] as PipelineIssue;
  const where = first.line !== undefined ? `${file}:${first.line}` : file;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more: ${issues.slice(1).map(formatIssue).join('; ')})` : '';
  return new UsageError('invalid-pipeline', `${where}: ${formatIssue(first)}${more}`, {
    file,
    hint: 'fix the pipeline definition; see docs/ci.md for its format',
    details: { issues },
  });
}
