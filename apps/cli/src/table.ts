/** One column of a terminal table: its cells are padded to the widest (left-aligned unless `align: 'right'`). */
export interface Column {
  align?: 'left' | 'right';
}

/**
 * Lays rows out as aligned columns separated by `gap` spaces, for human output of the commands.
 * The last column is never padded (no trailing blanks); `columns` sets per-column alignment.
 * Widths count UTF-16 units, which is right for the ASCII and BMP text ce prints.
 */
export function formatTable(rows: readonly (readonly string[])[], options: { columns?: readonly Column[]; gap?: number } = {}): string[] {
  const gap = ' '.repeat(options.gap ?? 2);
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        if (i === row.length - 1 && options.columns?.[i]?.align !== 'right') return cell;
        const width = widths[i] ?? 0;
        return options.columns?.[i]?.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(gap),
  );
}
