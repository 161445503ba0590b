import type * as Yaml from 'yaml';
import { lazyDependency } from '../lazy-dependency.js';

const yaml = lazyDependency<typeof Yaml>('yaml');

/** A markdown file with YAML front matter, quoted by the YAML library so every value round-trips. */
export function withFrontMatter(fields: Record<string, string | boolean>, body: string): string {
  return `---\n${yaml().stringify(fields, { lineWidth: 0 })}---\n\n${body}`;
}
