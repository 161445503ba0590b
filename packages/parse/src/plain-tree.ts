import type { Tree } from 'web-tree-sitter';

/** A syntax node copied out of tree-sitter's memory once: reading it costs nothing more. */
export interface PlainNode {
  /** Unique within its tree. */
  readonly id: number;
  readonly type: string;
  readonly isNamed: boolean;
  /** Offsets in the source string (UTF-16 code units, as `String.prototype.slice` takes them). */
  readonly startIndex: number;
  readonly endIndex: number;
  /** Row (0-based) and column of the start, as tree-sitter gives them. */
  readonly startPosition: { row: number; column: number };
  readonly parent: PlainNode | null;
  readonly children: readonly PlainNode[];
  readonly namedChildren: readonly PlainNode[];
  readonly text: string;
  child(index: number): PlainNode | null;
  childForFieldName(name: string): PlainNode | null;
}

class Plain implements PlainNode {
  readonly children: Plain[] = [];
  readonly namedChildren: Plain[] = [];
  private readonly fields = new Map<string, Plain>();

  constructor(
    private readonly source: SourceText,
    readonly id: number,
    readonly type: string,
    readonly isNamed: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly parent: Plain | null,
  ) {}

  get text(): string {
    return this.source.text.slice(this.startIndex, this.endIndex);
  }

  get startPosition(): { row: number; column: number } {
    return this.source.position(this.startIndex);
  }

  child(index: number): Plain | null {
    return this.children[index] ?? null;
  }

  childForFieldName(name: string): Plain | null {
    return this.fields.get(name) ?? null;
  }

  adopt(child: Plain, field: string | null): void {
    this.children.push(child);
    if (child.isNamed) this.namedChildren.push(child);
    if (field && !this.fields.has(field)) this.fields.set(field, child);
  }
}

/** The source with its line starts, so a position is found from an offset only when asked. */
class SourceText {
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  position(offset: number): { row: number; column: number } {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { row: low, column: offset - (starts[low] as number) };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Copies a parsed tree into plain objects in one walk of a tree cursor. web-tree-sitter builds a
 * new wrapper, through WebAssembly, every time `namedChildren`, `type` or `parent` is read; an
 * analysis that visits the tree many times (one visitor per pattern category) spent most of its
 * time there — 7 s of CPU on a 5,000-line Python module. The copy is iterative, so nesting as deep
 * as the parser accepts does not overflow the stack. `text` must be the string that was parsed.
 */
export function plainTree(tree: Tree, text: string): PlainNode {
  const source = new SourceText(text);
  const cursor = tree.walk();
  let ids = 0;
  const make = (parent: Plain | null): Plain => {
    const node = new Plain(source, ids++, cursor.nodeType, cursor.nodeIsNamed, cursor.startIndex, cursor.endIndex, parent);
    parent?.adopt(node, cursor.currentFieldName);
    return node;
  };
  try {
    const root = make(null);
    let current = root;
    for (;;) {
      if (cursor.gotoFirstChild()) {
        current = make(current);
        continue;
      }
      for (;;) {
        if (current === root) return root;
        if (cursor.gotoNextSibling()) {
          current = make(current.parent as Plain);
          break;
        }
        cursor.gotoParent();
        current = current.parent as Plain;
      }
    }
  } finally {
    cursor.delete();
  }
}
