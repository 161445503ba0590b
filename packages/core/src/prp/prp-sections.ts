/** The six primary PRP sections (DESIGN.md) with the heading names each is known by. */
export const PRP_SECTIONS = {
  goal: ['goal'],
  why: ['why'],
  what: ['what', 'requirements'],
  context: ['all needed context', 'needed context', 'context'],
  blueprint: ['implementation blueprint', 'implementation plan', 'blueprint', 'implementation'],
  validation: ['validation loop', 'validation gates', 'validation'],
} as const;

export type PrpSectionName = keyof typeof PRP_SECTIONS;

/** Headings as users write them, for messages: "Implementation Blueprint". */
export const PRP_SECTION_TITLES: Record<PrpSectionName, string> = {
  goal: 'Goal',
  why: 'Why',
  what: 'What',
  context: 'All Needed Context',
  blueprint: 'Implementation Blueprint',
  validation: 'Validation Loop',
};
