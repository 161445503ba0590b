import type { GenerationFacts, PrpSectionsText } from './generation-facts.js';

const fence = (lang: string, code: string): string => {
  const ticks = code.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${code}\n${ticks}`;
};

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function bullets(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => /^\s*[-*]\s+(?!\[)/.test(l))
    .map((l) => l.replace(/^\s*[-*]\s+/, '').trim());
}

function docsContext(facts: GenerationFacts): string {
  const lines: string[] = [];
  for (const u of facts.docs.urls) lines.push(`- url: ${u.url}${u.label ? ` — ${u.label}` : ''}`);
  for (const f of facts.docs.docFiles) lines.push(`- file: ${f}`);
  for (const lib of facts.docs.libraries) {
    lines.push(`- library: ${lib.libraryId}${lib.version ? ` ${lib.version}` : ''} (from ${lib.source})`);
    for (const s of lib.signatures.slice(0, 4)) lines.push(`  - \`${s.signature.replace(/`/g, "'")}\` (${s.source})`);
    if (lib.excerpt.trim()) lines.push('', fence('markdown', lib.excerpt.trim().slice(0, 800)), '');
  }
  for (const name of facts.docs.notFound) lines.push(`- library: ${name} (not installed here; read its documentation before using it)`);
  return lines.length > 0 ? lines.join('\n') : '- No outside documentation is needed: the change follows the code quoted below.';
}

function examplesContext(facts: GenerationFacts): string {
  const parts: string[] = [];
  for (const e of facts.examples)
    parts.push(`- example: ${e.path}${e.exists ? '' : ' (named in INITIAL.md but not found in the repository)'}`);
  for (const x of facts.research.excerpts)
    parts.push(`\n**${x.path}:${x.startLine}-${x.endLine}** — ${x.why}\n\n${fence(langOf(x.path), x.code)}`);
  for (const c of facts.initial.exampleCode) parts.push(`\nFrom INITIAL.md:\n\n${fence(c.lang, c.code)}`);
  return parts.join('\n');
}

function langOf(path: string): string {
  const ext = path.split('.').pop() ?? '';
  return (
    ({ ts: 'ts', tsx: 'tsx', js: 'js', mjs: 'js', cjs: 'js', py: 'python', go: 'go', rs: 'rust', java: 'java' } as Record<string, string>)[
      ext
    ] ?? ''
  );
}

function blueprint(facts: GenerationFacts): string {
  const level2 = facts.commands[2][0];
  const level1 = facts.commands[1][0];
  const tests = new Set([...facts.research.tests, ...facts.research.files.create]);
  const sources = facts.research.files.modify.filter((f) => !tests.has(f));
  const ifNeeded = new Set(facts.research.files.ifNeeded);
  const tasks: string[] = [];
  for (const file of sources) tasks.push(sourceTask(facts, file, tasks.length + 1, ifNeeded.has(file), level1));
  for (const test of tests) {
    const verb = facts.research.files.create.includes(test) ? 'CREATE' : 'MODIFY';
    tasks.push(
      [
        `Task ${tasks.length + 1}: tests for ${facts.initial.title}`,
        `- ${verb} ${test}`,
        '- Cover each success criterion above, including the failure cases named in INITIAL.md.',
        ...(level2 ? [`- Validation: \`${level2}\``] : []),
      ].join('\n'),
    );
  }
  // Only the files the change surely touches are said to change together.
  const surely = sources.filter((f) => !ifNeeded.has(f));
  const integration =
    surely.length > 1
      ? `\n\n### Integration Points\n\n- ${surely.map((s) => `\`${s}\``).join(', ')} change together: keep the interfaces between them compatible.`
      : '';
  return `### Tasks\n\n${tasks.join('\n\n')}${integration}`;
}

/**
 * One source file's task. A file research only guesses at (`ifNeeded`) is named for the agent to
 * look at: it changes only where the tasks before it require, so an agent that follows the
 * blueprint does not edit a file the feature never reaches.
 */
function sourceTask(facts: GenerationFacts, file: string, n: number, ifNeeded: boolean, level1: string | undefined): string {
  const ranked = facts.research.ranked.find((r) => r.path === file);
  const excerpt = facts.research.excerpts.find((x) => x.path === file);
  const why = `- Why this file: ${ranked?.reasons.slice(0, 2).join('; ') ?? 'it holds the code the feature changes'}`;
  const start = excerpt
    ? `- Start from \`${excerpt.symbol}\` (lines ${excerpt.startLine}-${excerpt.endLine}); keep the style of the examples.`
    : '- Follow the structure of the examples quoted above.';
  const head = ifNeeded
    ? [
        `Task ${n}: Check ${file} for ${facts.initial.title}`,
        `- MODIFY ${file}`,
        why,
        '- Change it only where the tasks above require it (a caller, an export, a shared type); if nothing here needs to change, leave it as it is.',
      ]
    : [`Task ${n}: ${facts.initial.title} in ${file}`, `- MODIFY ${file}`, why, start];
  return [...head, ...(level1 ? [`- Validation: \`${level1}\``] : [])].join('\n');
}

function validationLoop(facts: GenerationFacts): string {
  const names = ['Syntax & Style', 'Unit Tests', 'Integration Tests'] as const;
  const levels = ([1, 2, 3] as const)
    .filter((l) => facts.commands[l].length > 0)
    .map((l) => `### Level ${l}: ${names[l - 1]}\n\n${fence('bash', facts.commands[l].join('\n'))}`);
  levels.push(`### Level 4: Pattern Conformance\n\n${fence('bash', `ce validate --level 4 --prp ${facts.prpPath}`)}`);
  return levels.join('\n\n');
}

/**
 * The deterministic draft of the six sections, filled from research, docs and inferred commands:
 * no model, no placeholder text.
 */
export function draftSections(facts: GenerationFacts): PrpSectionsText {
  const { initial } = facts;
  const paras = paragraphs(initial.feature);
  const sentences = initial.feature
    .replace(/\s+/g, ' ')
    .split(/(?<=\.)\s+/)
    .map((x) => x.replace(/\.$/, '').trim())
    .filter((x) => x.length > 10);
  const criteria = [...(bullets(initial.feature).length > 0 ? bullets(initial.feature) : sentences), ...bullets(initial.other)];
  const gotchas = [initial.other, ...initial.extra.map((e) => `**${e.title}**\n\n${e.content}`)].filter(Boolean).join('\n\n');
  return {
    goal: paras[0] ?? `${initial.title}.`,
    why: paras.length > 1 ? paras.slice(1).join('\n\n') : `Requested in INITIAL.md: ${paras[0] ?? initial.title}`,
    what: [
      paras.length > 1 ? paras.slice(0, 2).join('\n\n') : (paras[0] ?? initial.title),
      '### Success Criteria',
      [
        ...(criteria.length > 0 ? criteria : [`${initial.title} works as described in INITIAL.md`]).map((c) => `- [ ] ${c}`),
        '- [ ] Validation levels 1–2 pass',
      ].join('\n'),
    ].join('\n\n'),
    context: [
      `### Documentation & References\n\n${docsContext(facts)}`,
      `### Current Codebase Tree\n\n${fence('text', facts.research.tree.current || '.')}`,
      `### Desired Codebase Tree\n\n${fence('text', facts.research.tree.desired || '.')}`,
      `### Examples\n\n${examplesContext(facts) || '- The excerpts above are the closest code.'}`,
      `### Known Gotchas\n\n${gotchas || '- Keep the public interfaces of the files above unchanged unless the feature asks otherwise.'}`,
    ].join('\n\n'),
    blueprint: blueprint(facts),
    validation: validationLoop(facts),
  };
}
