export { MarkdownDocument } from './markdown-document.js';
export { readFrontMatter, renderYamlField, type FrontMatter, type FrontMatterKind } from './front-matter.js';
export { parseSections, findSection, flattenSections, normalizeHeading, type Section } from './sections.js';
export { detectLineEnding, withLineEnding, type LineEnding } from './line-endings.js';
