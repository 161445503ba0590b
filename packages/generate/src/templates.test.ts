import { parsePrp } from '@ce/core';
import { describe, expect, it } from 'vitest';
import { estimateComplexity } from './complexity.js';
import { draftSections } from './draft-sections.js';
import { renderPrp } from './render-prp.js';
import { prpFacts as facts } from '../test/prp-facts.js';

describe('PRP templates', () => {
  it.each(['kiss', 'standard', 'self-healing'] as const)(
    'a PRP rendered from the %s template parses back to the tasks and commands it was given',
    (template) => {
      const f = facts(template);
      expect(f.estimate.template).toBe(template);
      const prp = parsePrp(renderPrp(f, draftSections(f)));
      expect(prp.missingSections).toEqual([]);
      expect(prp.header).toMatchObject({
        prp_id: 'PRP-9',
        status: 'draft',
        template,
        complexity: f.estimate.complexity,
        context_sync: 'abc123',
      });
      expect(prp.tasks.map((t) => t.files)).toEqual([
        [{ path: 'src/client.ts', action: 'modify' }],
        [{ path: 'src/client.test.ts', action: 'modify' }],
        [{ path: 'src/backoff.ts', action: 'create' }],
      ]);
      expect(prp.tasks.map((t) => t.validation)).toEqual([['npm run lint'], ['npm test'], ['npm test']]);
      expect(prp.validationCommands).toEqual({
        1: ['npm run lint'],
        2: ['npm test'],
        3: ['npm run test:integration'],
        4: ['ce validate --level 4 --prp PRPs/PRP-9-retry.md'],
      });
    },
  );

  it('chooses the template from the documented complexity estimate', () => {
    expect(estimateComplexity({ files: 2, subsystems: 1, newDependencies: 0 })).toMatchObject({
      complexity: 'low',
      template: 'kiss',
      points: 2,
    });
    expect(estimateComplexity({ files: 3, subsystems: 2, newDependencies: 0 })).toMatchObject({
      complexity: 'medium',
      template: 'standard',
      points: 5,
    });
    expect(estimateComplexity({ files: 3, subsystems: 1, newDependencies: 2 })).toMatchObject({
      complexity: 'high',
      template: 'self-healing',
      points: 9,
    });
  });
});
