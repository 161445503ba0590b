export { MarkdownDocument } from './markdown-document.js';
export { readFrontMatter, renderYamlField, type FrontMatter, type FrontMatterKind } from './front-matter.js';
export { parseSections, findSection, flattenSections, normalizeHeading, type Section } from './sections.js';
export { detectLineEnding, withLineEnding, type LineEnding } from './line-endings.js';
export { readTextFile, decodeUtf8, firstInvalidUtf8Byte, MAX_INPUT_BYTES, type ReadTextOptions } from './read-text-file.js';
export { assertYamlNesting, yamlWithinLimits } from './yaml-limits.js';
export { isRecord, asRecord } from './as-record.js';
