import { diag, type Diagnostic, type DiagnosticParser } from './types.js';

/** pytest: the short summary (`FAILED tests/t.py::test_x - AssertionError: …`) with the line from `tests/t.py:12: AssertionError`. */
export const pytestParser: DiagnosticParser = {
  tool: 'pytest',
  parse(output) {
    const out: Diagnostic[] = [];
    const locations = new Map<string, { line: string; error: string }[]>();
    for (const m of output.matchAll(/^(\S+\.py):(\d+): (\w+(?:Error|Exception|Failed)?\w*)$/gm)) {
      const list = locations.get(m[1] as string) ?? [];
      list.push({ line: m[2] as string, error: m[3] as string });
      locations.set(m[1] as string, list);
    }
    for (const m of output.matchAll(/^(FAILED|ERROR) (\S+?\.py)(?:::(\S+))?(?: - (.*))?$/gm)) {
      const file = m[2] as string;
      const loc = locations.get(file)?.shift();
      out.push(
        diag(
          'pytest',
          file,
          loc?.line,
          0,
          m[3] ?? (m[1] === 'ERROR' ? 'collection' : 'test'),
          m[4] ?? `${m[1] === 'ERROR' ? 'error' : 'failed'}: ${m[3] ?? file}`,
        ),
      );
    }
    return out;
  },
};
