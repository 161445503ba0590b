const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * A one-line terminal chart of values on the 0–100 drift scale (one bar per value, at most
 * `width`: longer series are averaged into buckets).
 */
export function sparkline(values: number[], width = 40): string {
  if (values.length === 0) return '';
  const buckets: number[] = [];
  const size = Math.ceil(values.length / width);
  for (let i = 0; i < values.length; i += size) {
    const slice = values.slice(i, i + size);
    buckets.push(slice.reduce((s, v) => s + v, 0) / slice.length);
  }
  return buckets
    .map((v) => BARS[Math.min(BARS.length - 1, Math.max(0, Math.floor((Math.min(100, Math.max(0, v)) / 100) * BARS.length)))])
    .join('');
}

/** A horizontal bar of `value` out of `max`, `width` characters wide. */
export function bar(value: number, max: number, width = 20): string {
  const n = max > 0 ? Math.round((value / max) * width) : 0;
  return '█'.repeat(n) + '·'.repeat(Math.max(0, width - n));
}
