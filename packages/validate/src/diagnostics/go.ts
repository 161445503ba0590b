import { diag, type Diagnostic, type DiagnosticParser } from './types.js';

/** go build / vet / golangci-lint (`./a.go:5:2: message (linter)`) and failing tests (`--- FAIL: TestX` + `a_test.go:10: …`). */
export const goParser: DiagnosticParser = {
  tool: 'go',
  parse(output) {
    const out: Diagnostic[] = [];
    for (const m of output.matchAll(/^(\S+?\.go):(\d+):(\d+): (.*?)(?: \((\w[\w-]*)\))?$/gm))
      out.push(diag('go', m[1] as string, m[2], m[3], m[5] ?? 'go', m[4] as string));
    const lines = output.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const fail = /^\s*--- FAIL: (\S+)/.exec(lines[i] as string);
      if (!fail) continue;
      const next = /^\s+(\S+?_test\.go):(\d+): (.*)$/.exec(lines[i + 1] ?? '');
      const before = [...lines.slice(Math.max(0, i - 10), i)]
        .reverse()
        .map((l) => /^\s+(\S+?_test\.go):(\d+): (.*)$/.exec(l))
        .find(Boolean);
      const loc = next ?? before;
      out.push(diag('go', loc?.[1] ?? '', loc?.[2], 0, fail[1] as string, loc?.[3] ?? `test failed: ${fail[1]}`));
    }
    return out;
  },
};
