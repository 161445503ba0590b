import type { Observation } from '../features.js';

/**
 * A line whose naming warning the author silenced: flake8's bare `# noqa` (every warning of the
 * line) or `# noqa: N801` naming pep8-naming's codes (N8xx), and pylint's
 * `# pylint: disable=invalid-name` (C0103). The author kept the name knowingly
 * (`class _patch_import_path_for_repo:  # noqa: N801`, a context manager named like a function),
 * which a reviewer of the house accepts, as its linter does.
 */
const SILENCED_NAMING = /#\s*noqa(?![:\w])|#\s*noqa\s*:[\s\w,]*\bN8\d\d\b|#\s*pylint:\s*disable\s*=[\s\w,-]*\b(?:invalid-name|C0103)\b/i;

/** The naming observations of a file less those made on a line whose naming warning is silenced. */
export function withoutSilencedNames(observations: Observation[], text: string): Observation[] {
  const lines = text.split('\n');
  return observations.filter((o) => o.kind === 'file' || !SILENCED_NAMING.test(lines[o.line - 1] ?? ''));
}
