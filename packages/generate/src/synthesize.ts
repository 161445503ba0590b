import { MarkdownDocument, PRP_SECTIONS, checkPrp, normalizeHeading, type PrpCheck } from '@ce/core';
import type { Agent } from '@ce/agents';
import type { GenerationFacts, PrpSectionsText } from './generation-facts.js';
import { renderPrp } from './render-prp.js';

export interface Synthesis {
  sections: PrpSectionsText;
  /** `agent` when the model's PRP passed the check, `draft` otherwise. */
  by: 'agent' | 'draft';
  model?: string;
  /** Tokens the model calls spent (both rounds), when the agent reported them. */
  usage?: { inputTokens: number; outputTokens: number };
  warnings: string[];
}

const SYSTEM =
  'You write PRPs (Product Requirements Prompts): complete implementation briefs for a coding agent. ' +
  'Answer with exactly six level-2 sections, in this order: ## Goal, ## Why, ## What (with ### Success Criteria as a - [ ] checklist), ' +
  '## All Needed Context (documentation URLs verbatim, code excerpts with path and line range), ## Implementation Blueprint ' +
  '(tasks as "Task N: title" each with "- MODIFY path" or "- CREATE path" lines and a "- Validation: `command`" line), ' +
  '## Validation Loop (### Level 1 … ### Level 4, each with its commands in a ```bash block). No placeholders, no front matter.';

/** The prompt: the research and the deterministic draft, which the model improves. */
export function synthesisPrompt(facts: GenerationFacts, draft: PrpSectionsText): string {
  return [
    `Feature request (INITIAL.md):\n\n${facts.initial.feature}`,
    facts.initial.other ? `Other considerations:\n\n${facts.initial.other}` : '',
    `Files research chose: MODIFY ${facts.research.files.modify.join(', ') || '(none)'}; CREATE ${facts.research.files.create.join(', ') || '(none)'}. Keep to these files unless the code below shows one is wrong.`,
    facts.research.files.ifNeeded.length > 0
      ? `Of these, research only guesses at ${facts.research.files.ifNeeded.join(', ')}: their tasks change them only where the change reaches them.`
      : '',
    `A deterministic draft to improve (keep its file names, excerpts, URLs and commands):\n\n${sectionsMarkdown(draft)}`,
    'Write the six sections now.',
  ]
    .filter(Boolean)
    .join('\n\n');
}

function sectionsMarkdown(s: PrpSectionsText): string {
  return `## Goal\n\n${s.goal}\n\n## Why\n\n${s.why}\n\n## What\n\n${s.what}\n\n## All Needed Context\n\n${s.context}\n\n## Implementation Blueprint\n\n${s.blueprint}\n\n## Validation Loop\n\n${s.validation}`;
}

/** Reads the six sections out of a model's answer; undefined when one is missing. */
export function sectionsFromAnswer(answer: string): PrpSectionsText | undefined {
  const found = answerSections(answer);
  return Object.keys(found).length === Object.keys(PRP_SECTIONS).length ? (found as PrpSectionsText) : undefined;
}

/** The sections an answer has (non-empty), by key. */
export function answerSections(answer: string): Partial<PrpSectionsText> {
  // A whole answer wrapped in one markdown fence is unwrapped; fences inside it are content.
  const text = answer.trim().replace(/^```(?:markdown|md)\n([\s\S]*)\n```$/, '$1');
  const doc = new MarkdownDocument(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
  const out: Partial<PrpSectionsText> = {};
  for (const [key, names] of Object.entries(PRP_SECTIONS) as [keyof PrpSectionsText, readonly string[]][]) {
    const section = doc.allSections().find((s) => s.level <= 2 && names.includes(normalizeHeading(s.title)));
    const body = section ? doc.sectionContent(section).trim() : '';
    if (body) out[key] = body;
  }
  return out;
}

function errorsOf(check: PrpCheck): string[] {
  return check.findings.filter((f) => f.severity === 'error').map((f) => `line ${f.line}: ${f.message}`);
}

/**
 * Has the agent write the PRP from the research. Its answer must pass `checkPrp`; if not, one repair
 * round with the findings; if that fails too (or the agent fails), the deterministic draft with a warning.
 */
export async function synthesizeWithAgent(
  agent: Agent,
  facts: GenerationFacts,
  draft: PrpSectionsText,
  root: string,
  signal?: AbortSignal,
): Promise<Synthesis> {
  const usage = { inputTokens: 0, outputTokens: 0 };
  const fallback = (why: string): Synthesis => ({
    sections: draft,
    by: 'draft',
    usage,
    warnings: [`${why}; the deterministic draft was used`],
  });
  let prompt = synthesisPrompt(facts, draft);
  let last = '';
  for (let round = 1; round <= 2; round++) {
    const answer = await agent.complete(prompt, { system: SYSTEM, ...(signal ? { signal } : {}) });
    if (!answer.ok) return fallback(`agent ${agent.label}: ${answer.message}`);
    usage.inputTokens += answer.usage.inputTokens ?? 0;
    usage.outputTokens += answer.usage.outputTokens ?? 0;
    const sections = sectionsFromAnswer(answer.text);
    const problems = sections
      ? errorsOf(checkPrp({ root, text: renderPrp(facts, sections) }))
      : ['the answer does not have the six sections'];
    if (problems.length === 0 && sections)
      return { sections, by: 'agent', ...(answer.model ? { model: answer.model } : {}), usage, warnings: [] };
    last = problems.join('; ');
    prompt = `${synthesisPrompt(facts, draft)}\n\nYour previous answer was not an executable PRP:\n${problems.map((p) => `- ${p}`).join('\n')}\n\nWrite the six sections again, fixing these.`;
  }
  return fallback(`the model's PRP failed the check twice (${last.slice(0, 300)})`);
}
