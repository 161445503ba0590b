import { MarkdownDocument, isoNow, readAsset } from '@ce/core';
import { stringify } from 'yaml';
import type { GenerationFacts, PrpSectionsText } from './generation-facts.js';

const TITLES: [keyof PrpSectionsText, string][] = [
  ['goal', 'Goal'],
  ['why', 'Why'],
  ['what', 'What'],
  ['context', 'All Needed Context'],
  ['blueprint', 'Implementation Blueprint'],
  ['validation', 'Validation Loop'],
];

/** The template file each template name fills (shipped by `ce init` under PRPs/templates/). */
const TEMPLATE_FILE = { kiss: 'templates/prp_kiss.md', standard: 'templates/prp_base.md', 'self-healing': 'templates/prp_base.md' };

/**
 * The template's own sections beyond the six (Final Checklist, Anti-Patterns) and, for the
 * self-healing template, its self-healing instructions: carried into the PRP as the template has them.
 */
function templateExtras(template: GenerationFacts['estimate']['template']): { selfHealing: string; trailing: string } {
  const doc = new MarkdownDocument(readAsset(TEMPLATE_FILE[template]));
  const content = (name: string): string => {
    const s = doc.section(name, { level: 2 });
    return s ? doc.sectionContent(s).trim() : '';
  };
  const validation = content('validation loop');
  const selfHealing = /^Self-healing:[\s\S]*$/m.exec(validation)?.[0].trim() ?? '';
  const checklist = content('final checklist');
  const anti = content('anti patterns');
  const trailing = [
    template !== 'kiss' && checklist ? `## Final Checklist\n\n${checklist}` : '',
    template === 'self-healing' && anti ? `## Anti-Patterns\n\n${anti}` : '',
  ].filter(Boolean);
  return { selfHealing: template === 'self-healing' ? selfHealing : '', trailing: trailing.join('\n\n') };
}

/** The PRP header (DESIGN.md): status draft, complexity, template, context_sync, docs. */
export function prpHeader(facts: GenerationFacts): Record<string, unknown> {
  const now = isoNow();
  const firstSentence = facts.initial.feature.replace(/\s+/g, ' ').split(/(?<=\.)\s/)[0] ?? facts.initial.title;
  return {
    prp_id: facts.prpId,
    name: facts.initial.title,
    description: firstSentence.slice(0, 200),
    status: 'draft',
    created_date: now,
    last_updated: now,
    complexity: facts.estimate.complexity,
    template: facts.estimate.template,
    confidence: '0/10',
    context_sync: facts.contextSync,
    docs: facts.docs.libraries.map((d) => ({ library: d.libraryId, version: d.version ?? 'unknown', source: d.source })),
  };
}

/** Assembles the PRP markdown: the header, the title, the six sections in order, the template's extras. */
export function renderPrp(facts: GenerationFacts, sections: PrpSectionsText): string {
  const extras = templateExtras(facts.estimate.template);
  const body = TITLES.map(([key, title]) => {
    const text = key === 'validation' && extras.selfHealing ? `${sections[key].trim()}\n\n${extras.selfHealing}` : sections[key].trim();
    return `## ${title}\n\n${text}`;
  });
  if (extras.trailing) body.push(extras.trailing);
  return `---\n${stringify(prpHeader(facts), { lineWidth: 0 }).trimEnd()}\n---\n\n# ${facts.initial.title}\n\n${body.join('\n\n')}\n`;
}
