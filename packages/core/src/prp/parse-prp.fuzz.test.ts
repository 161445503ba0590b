import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fc, fuzzParser, stretched, textOf } from '@ce/test-utils';
import { parsePrp } from './index.js';

// The syntax the PRP parser reads: front matter, the six sections (with emoji and colons), tasks
// and phases, fenced validation commands, checklists, a classic `name:` preamble.
const PRP_FRAGMENTS = [
  '---\n',
  '---\nprp_id: PRP-1\nname: x\nstatus: draft\n---\n',
  'prp_id: PRP-1.2\n',
  'confidence: 7/10\n',
  'drift_decision:\n  score: 12\n  action: accept\n',
  'validation:\n  level_1: {passed: true, attempts: 1}\n',
  'name: "classic"\ndescription: |\n  text\n',
  '## Goal\n',
  '## 🎯 Goal:\n',
  '## Why\n',
  '## What\n### Success Criteria\n- [ ] works\n- [x] done\n',
  '## All Needed Context\n',
  '### Examples\n- `src/a.ts`\n',
  '## Implementation Blueprint\n',
  'Task 1:\nCREATE src/new.ts:\n  - MIRROR src/old.ts\n',
  'MODIFY src/a.ts:\n  FIND: "x"\n  INJECT after\n',
  '### Phase 2: Build (3h)\n**Files to Create**: `src/b.ts`\n**Validation Command**: `npm test`\n',
  '## Validation Loop\n',
  '### Level 1: Syntax & Style\n```bash\nnpm run lint\n```\n',
  '### Level 2\n```sh\nnpx vitest run # unit\n```\n',
  '```\n',
  '~~~\n',
  '# Title\n',
  '<!-- comment -->\n',
];

describe('parsePrp under fuzzing', () => {
  it('accepts or refuses with a CeError every PRP-like text, and every arbitrary string', () => {
    const structured = fuzzParser('parsePrp (PRP-like text)', textOf(PRP_FRAGMENTS), (text) => parsePrp(text, 'PRPs/PRP-1-x.md'));
    const arbitrary = fuzzParser('parsePrp (any string)', fc.string({ unit: 'binary', maxLength: 400 }), (text) => parsePrp(text));
    expect(structured.cases + arbitrary.cases).toBeGreaterThanOrEqual(2_000);
    expect(structured.parsed).toBeGreaterThan(0);
  });

  it('reads any value in any header field, and long runs of PRP syntax, in bounded time', () => {
    // The header as a person or an agent may have left it: every field with a value of any type.
    const field = fc.constantFrom(
      'prp_id',
      'name',
      'status',
      'confidence',
      'drift_decision',
      'validation',
      'checkpoints',
      'last_updated',
      'x',
    );
    const header = fc
      .dictionary(field, fc.jsonValue({ maxDepth: 3 }))
      .map((value) => `---\n${stringify(value)}---\n\n## Goal\n\nx\n\n## Implementation Blueprint\n\nTask 1: a\n- CREATE \`src/a.ts\`\n`);
    const headers = fuzzParser('parsePrp (header values)', header, (text) => parsePrp(text, 'PRPs/PRP-1-x.md'));
    const long = fuzzParser('parsePrp (long runs)', stretched(PRP_FRAGMENTS), (text) => parsePrp(text), { runs: 60, maxCaseMs: 2_000 });
    expect(headers.cases).toBeGreaterThanOrEqual(1_000);
    expect(headers.parsed).toBeGreaterThan(0);
    expect(long.cases).toBe(60);
  });
});
