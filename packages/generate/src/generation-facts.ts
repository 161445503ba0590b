import type { ComplexityEstimate } from './complexity.js';
import type { LibraryDocs } from './docs/local-docs.js';
import type { ParsedInitial } from './parse-initial.js';
import type { CodeResearch } from './research/research-code.js';

/** The documentation step's result: libraries with their docs, URLs verbatim, local files. */
export interface DocsResult {
  libraries: LibraryDocs[];
  urls: ParsedInitial['urls'];
  docFiles: string[];
  /** Libraries named or imported but found nowhere (not installed, no Context7). */
  notFound: string[];
}

/** Validation commands per level, from @ce/validate's inference (level 4 is ce's own). */
export type LevelCommands = Record<1 | 2 | 3, string[]>;

/** Everything a PRP is written from. */
export interface GenerationFacts {
  prpId: string;
  /** `PRPs/PRP-{n}-{slug}.md` as intended (the writer may add a suffix). */
  prpPath: string;
  initial: ParsedInitial;
  research: CodeResearch;
  docs: DocsResult;
  commands: LevelCommands;
  estimate: ComplexityEstimate;
  /** EXAMPLES paths, and whether each exists. */
  examples: { path: string; exists: boolean }[];
  /** Commit of the last context sync (header `context_sync`). */
  contextSync: string | null;
}

/** The six sections of a PRP, as markdown bodies (without their `##` headings). */
export interface PrpSectionsText {
  goal: string;
  why: string;
  what: string;
  context: string;
  blueprint: string;
  validation: string;
}
