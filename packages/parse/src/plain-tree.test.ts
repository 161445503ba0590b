import { describe, expect, it } from 'vitest';
import { parseSource, plainTree, type PlainNode, type SyntaxNode } from './index.js';

/** Every node of both trees, in the same order, compared field by field. */
function expectSameTree(plain: PlainNode, node: SyntaxNode): void {
  expect([plain.type, plain.isNamed, plain.startIndex, plain.endIndex]).toEqual([node.type, node.isNamed, node.startIndex, node.endIndex]);
  expect(plain.text).toBe(node.text);
  expect(plain.startPosition).toEqual(node.startPosition);
  expect(plain.children.length).toBe(node.childCount);
  expect(plain.namedChildren.map((c) => c.type)).toEqual(node.namedChildren.map((c) => c?.type));
  for (const field of ['name', 'body', 'parameters', 'function', 'arguments', 'left', 'right', 'value']) {
    expect(plain.childForFieldName(field)?.startIndex).toBe(node.childForFieldName(field)?.startIndex);
  }
  plain.children.forEach((child, i) => {
    expect(child.parent).toBe(plain);
    expectSameTree(child, node.child(i) as SyntaxNode);
  });
}

const SOURCES: [Parameters<typeof parseSource>[0], string][] = [
  [
    'python',
    'class Café:\n    """naïve — ünïcode 🎉"""\n    async def run(self, x=1, *a, **k):\n        return await f(x) if x else {"k": [1, 2]}\n',
  ],
  ['python', 'def broken(:\n    pass\n\ndef ok():\n    return 1\n'],
  ['typescript', 'export async function load(id: string): Promise<number> { const s = "été"; return s.length; }'],
  ['go', 'package main\n\nfunc Load(id string) (int, error) { return 1, nil }\n'],
];

describe('plainTree', () => {
  it.each(SOURCES)('copies a %s tree node for node, with the same text, positions, fields and parents', async (language, source) => {
    const tree = await parseSource(language, source);
    try {
      const plain = plainTree(tree, source);
      expect(plain.parent).toBeNull();
      expectSameTree(plain, tree.rootNode);
    } finally {
      tree.delete();
    }
  });

  it('copies nesting far deeper than the call stack would allow a recursive walk', async () => {
    const source = `x = ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const tree = await parseSource('python', source);
    try {
      let node: PlainNode | null = plainTree(tree, source);
      let depth = 0;
      while (node && node.namedChildren.length > 0) {
        node = node.namedChildren[node.namedChildren.length - 1] as PlainNode;
        depth++;
      }
      expect(depth).toBeGreaterThan(20_000);
    } finally {
      tree.delete();
    }
  });
});
