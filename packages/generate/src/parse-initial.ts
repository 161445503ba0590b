import { MarkdownDocument } from '@ce/core';

/** The parts of an INITIAL.md a PRP is generated from. */
export interface ParsedInitial {
  title: string;
  feature: string;
  examples: string;
  documentation: string;
  other: string;
  /** Words of the feature worth searching the code for, most frequent first. */
  keywords: string[];
  /** Libraries the DOCUMENTATION section names (`yaml`, `@oclif/core`, `/vercel/next.js`). */
  libraries: string[];
}

const STOP = new Set(
  'about above after again also always an and any are because been before being below between both but can cannot could does doing down each every feature from further have having here into itself just like make more most must need needs only other over same should some such than that the their them then there these they this those through under until very want what when where which while will with would your'.split(
    ' ',
  ),
);

/** Reads the FEATURE, EXAMPLES, DOCUMENTATION and OTHER CONSIDERATIONS sections of an INITIAL.md. */
export function parseInitial(text: string): ParsedInitial {
  const doc = new MarkdownDocument(text);
  const content = (name: string): string => {
    const section = doc.section(name);
    return section ? doc.sectionContent(section).trim() : '';
  };
  const feature = content('feature') || doc.body.trim();
  const documentation = content('documentation');
  const firstLine = feature.split('\n').find((l) => l.trim().length > 0) ?? 'feature';
  const title = firstLine
    .replace(/^[-*#>\s]+/, '')
    .replace(/[.:]\s*$/, '')
    .slice(0, 80);
  const counts = new Map<string, number>();
  for (const word of feature.toLowerCase().match(/[a-z][a-z0-9_-]{3,}/g) ?? []) {
    if (!STOP.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const keywords = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 8)
    .map(([w]) => w);
  const libraries = new Set<string>();
  for (const match of documentation.matchAll(/`((?:@[\w.-]+\/)?[\w.-]+|\/[\w.-]+\/[\w.-]+)`/g)) libraries.add(match[1] as string);
  for (const match of documentation.matchAll(/npmjs\.com\/package\/((?:@[\w.-]+\/)?[\w.-]+)/g)) libraries.add(match[1] as string);
  return {
    title,
    feature,
    examples: content('examples'),
    documentation,
    other: content('other considerations'),
    keywords,
    libraries: [...libraries],
  };
}
