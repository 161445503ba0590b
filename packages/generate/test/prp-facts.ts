import { estimateComplexity, type TemplateName } from '../src/complexity.js';
import type { GenerationFacts } from '../src/generation-facts.js';
import { parseInitial } from '../src/parse-initial.js';

/** Generation facts for a small retry feature (research, docs, commands), as the draft and templates get them. */
export function prpFacts(template: TemplateName = 'standard'): GenerationFacts {
  const files = { kiss: 1, standard: 4, 'self-healing': 9 }[template];
  const estimate = estimateComplexity({ files, subsystems: 1, newDependencies: 0 });
  return {
    prpId: 'PRP-9',
    prpPath: 'PRPs/PRP-9-retry.md',
    initial: parseInitial('## FEATURE\n\nRetry flaky calls.\n\n- three attempts\n\n## DOCUMENTATION\n\n- https://example.com/retry\n'),
    research: {
      files: { modify: ['src/client.ts', 'src/client.test.ts'], create: ['src/backoff.ts'], ifNeeded: [] },
      ranked: [{ path: 'src/client.ts', score: 1, reasons: ['names match client'] }],
      excerpts: [
        {
          path: 'src/client.ts',
          startLine: 3,
          endLine: 5,
          symbol: 'call',
          code: 'export async function call() {\n  return 1;\n}',
          why: 'the change goes here',
        },
      ],
      tests: ['src/client.test.ts'],
      tree: { current: 'src/\n  client.ts', desired: 'src/\n  client.ts  # MODIFY' },
      packages: [],
      indexedFiles: 2,
    },
    docs: { libraries: [], urls: [{ url: 'https://example.com/retry' }], docFiles: [], notFound: [] },
    commands: { 1: ['npm run lint'], 2: ['npm test'], 3: ['npm run test:integration'] },
    estimate,
    examples: [],
    contextSync: 'abc123',
  };
}
