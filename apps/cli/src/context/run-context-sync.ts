import { syncIndex, type SyncResult } from '@ce/context';
import type { Progress } from '../progress.js';

/**
 * `ce context sync` once its root is known: the sync with progress, then its human lines (which
 * `log` drops under --json). Shared by the oclif command and the direct path, so both answer alike.
 */
export async function runContextSync(
  root: string,
  full: boolean,
  io: { progress: Progress; log: (line: string) => void },
): Promise<SyncResult> {
  const { progress, log } = io;
  progress.start('Syncing the code index');
  let result: SyncResult;
  try {
    result = await syncIndex(root, { full, onProgress: (done, total) => progress.update(`Parsing files ${done}/${total}`) });
  } catch (error) {
    progress.fail();
    throw error;
  }
  progress.stop();
  for (const line of syncReport(result)) log(line);
  return result;
}

/** The human summary of a sync: one line, then what was skipped, partial or oddly named. */
function syncReport(result: SyncResult): string[] {
  const f = result.files;
  const lines = [
    `${result.full ? 'Full' : 'Incremental'} sync in ${result.durationMs} ms: ${f.scanned} files (${f.code} code), ${f.parsed} parsed, ${f.added} added, ${f.modified} modified, ${f.deleted} deleted; ${result.symbols} symbols`,
  ];
  for (const s of result.skipped) lines.push(`skipped   ${s.path} (${s.reason}${s.size !== undefined ? `, ${s.size} bytes` : ''})`);
  for (const e of result.syntaxErrors.slice(0, 20)) {
    const at = e.locations.map((l) => `${l.line}:${l.column}`).join(', ');
    lines.push(`partial   ${e.path}: syntax error at ${at} (indexed as far as it parses)`);
  }
  if (result.syntaxErrors.length > 20) lines.push(`partial   … ${result.syntaxErrors.length - 20} more files with syntax errors`);
  for (const name of result.nonUtf8Names) lines.push(`name      ${name} (file name is not UTF-8)`);
  return lines;
}
