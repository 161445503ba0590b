import { describe, expect, it } from 'vitest';
import { draftSections } from './draft-sections.js';
import { prpFacts } from '../test/prp-facts.js';

describe('the draft blueprint', () => {
  const facts = prpFacts();
  facts.research.files = {
    modify: ['src/client.ts', 'src/retry.ts', 'src/config.ts', 'src/client.test.ts'],
    create: [],
    ifNeeded: ['src/config.ts'],
  };
  const blueprint = draftSections(facts).blueprint;

  it('asks for the change in the files research is sure of', () => {
    expect(blueprint).toContain('Task 1: Retry flaky calls in src/client.ts\n- MODIFY src/client.ts');
    expect(blueprint).toContain('Task 2: Retry flaky calls in src/retry.ts\n- MODIFY src/retry.ts');
  });

  it('names a guessed file for the agent to check, to change only if the change reaches it', () => {
    const task = blueprint.slice(blueprint.indexOf('Task 3:'), blueprint.indexOf('Task 4:'));
    expect(task).toContain('Task 3: Check src/config.ts for Retry flaky calls\n- MODIFY src/config.ts');
    expect(task).toContain('if nothing here needs to change, leave it as it is');
    expect(task).not.toContain('Start from');
  });

  it('says that only the files it is sure of change together', () => {
    expect(blueprint).toContain('- `src/client.ts`, `src/retry.ts` change together');
  });
});
