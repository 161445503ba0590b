import type { Document } from 'yaml';
import { UsageError } from '../errors/index.js';

/**
 * The plain value of a parsed YAML document. yaml's `toJS` throws plain errors for documents that
 * parse but cannot become values (an alias whose anchor comes later or never, an alias expansion
 * past its limit): those are the user's input, so they become a UsageError naming the file.
 */
export function yamlValue(document: Document, file: string | undefined, code: string, what: string): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(code, `${what} cannot be read: ${reason}`, {
      file,
      hint: 'define each anchor (&name) before its aliases (*name), and do not nest aliases to expand the document',
    });
  }
}
