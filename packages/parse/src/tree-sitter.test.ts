import { describe, expect, it } from 'vitest';
import { compileQuery, languageForFile, LANGUAGES, parseSource, type LanguageId } from './index.js';

const SAMPLES: Record<LanguageId, string> = {
  typescript: 'export async function load(id: string): Promise<number> { return 1; }',
  tsx: 'export const App = () => <div className="x">hi</div>;',
  javascript: 'module.exports = function load(cb) { cb(null, 1); };',
  python: 'async def load(id: str) -> int:\n    return 1\n',
  go: 'package main\n\nfunc Load(id string) (int, error) { return 1, nil }\n',
  rust: 'pub fn load(id: &str) -> Result<i32, String> { Ok(1) }',
  java: 'public class Loader { public int load(String id) { return 1; } }',
};

describe('tree-sitter grammars from npm', () => {
  it.each(Object.keys(LANGUAGES) as LanguageId[])('parses %s without errors', async (id) => {
    const tree = await parseSource(id, SAMPLES[id]);
    expect(tree.rootNode.hasError).toBe(false);
    expect(tree.rootNode.childCount).toBeGreaterThan(0);
    tree.delete();
  });

  it('reports a syntax error and still gives a tree for what parses', async () => {
    const tree = await parseSource('typescript', 'function ok() {}\nfunction broken( {');
    expect(tree.rootNode.hasError).toBe(true);
    expect(tree.rootNode.child(0)?.type).toBe('function_declaration');
    tree.delete();
  });

  it('runs queries that capture function names', async () => {
    const query = await compileQuery('python', '(function_definition name: (identifier) @name)');
    const tree = await parseSource('python', 'def a():\n  pass\n\ndef b():\n  pass\n');
    expect(query.captures(tree.rootNode).map((c) => c.node.text)).toEqual(['a', 'b']);
    tree.delete();
  });

  it('maps file extensions to languages', () => {
    expect(languageForFile('src/a.mts')).toBe('typescript');
    expect(languageForFile('App.tsx')).toBe('tsx');
    expect(languageForFile('lib/x.cjs')).toBe('javascript');
    expect(languageForFile('pkg/x.py')).toBe('python');
    expect(languageForFile('README')).toBeUndefined();
    expect(languageForFile('dir.v1/file')).toBeUndefined();
  });
});
