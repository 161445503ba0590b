import { posix } from 'node:path';

/**
 * The tree of the folders that hold the given files, as an indented listing, with marks for the
 * files the blueprint names (`# MODIFY`, `# CREATE`). At most `max` entries per folder.
 */
export function codeTree(
  allFiles: readonly string[],
  folders: readonly string[],
  marks: Map<string, string> = new Map(),
  max = 25,
): string {
  const lines: string[] = [];
  for (const folder of [...new Set(folders)].sort()) {
    const prefix = folder === '.' ? '' : `${folder}/`;
    const inside = [...new Set([...allFiles, ...marks.keys()])]
      .filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/'))
      .sort();
    lines.push(`${folder === '.' ? '.' : folder}/`);
    for (const file of inside.slice(0, max)) {
      const mark = marks.get(file);
      lines.push(`  ${posix.basename(file)}${mark ? `  # ${mark}` : ''}`);
    }
    if (inside.length > max) lines.push(`  … ${inside.length - max} more`);
  }
  return lines.join('\n');
}
