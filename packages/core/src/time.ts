/** ISO 8601 UTC without milliseconds, as every ce file writes times: `2026-11-24T08:00:00Z`. */
export function isoNow(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A timestamp usable in a git tag or a file name: `20261124T080000Z`. */
export function compactTimestamp(date: Date = new Date()): string {
  return isoNow(date).replace(/[-:]/g, '');
}
