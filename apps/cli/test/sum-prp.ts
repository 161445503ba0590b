/** One blueprint task of the "sum" PRP the execution tests share. */
export interface SumTask {
  title: string;
  create: string;
  /** The task's own validation command, if it has one. */
  validation?: string;
}

export const SUM_FUNCTION: SumTask = { title: 'The sum function', create: 'src/sum.js' };

/**
 * The small PRP the `ce execute` tests run (PRP-1 "Sum"): its tasks, each creating one file, and the
 * level-2 command of its Validation Loop (which a person must allow).
 */
export function sumPrp(options: { goal?: string; tasks?: SumTask[]; level2: string }): string {
  const tasks = options.tasks ?? [{ ...SUM_FUNCTION, validation: options.level2 }];
  const blueprint = tasks
    .map((t, i) =>
      [`Task ${i + 1}: ${t.title}`, `- CREATE \`${t.create}\``, ...(t.validation ? [`- Validation: \`${t.validation}\``] : [])].join('\n'),
    )
    .join('\n\n');
  return [
    '---\nprp_id: PRP-1\nname: Sum\nstatus: ready\n---',
    `## Goal\n${options.goal ?? 'Add sum.'}`,
    '## Why\nTotals.',
    '## What\n- [ ] sum adds',
    '## All Needed Context\n- src/math.js',
    `## Implementation Blueprint\n\n${blueprint}`,
    `## Validation Loop\n\n### Level 2\n\n\`\`\`bash\n${options.level2}\n\`\`\`\n`,
  ].join('\n\n');
}
