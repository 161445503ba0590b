/**
 * Identifiers a request writes in its prose without backticks: "Fix the copy check in getValue",
 * "add snake_case shims for isEnabledFor". A word with a lower-case letter followed by a capital
 * (`getValue`, `HideHelpCommand`) or an underscore between letters (`get_effective_level`) is a name
 * in code, not English; a file defining it is as likely the target as one defining a name in a code
 * span. Words all in capitals (`HTTP`, `RFC`) and single words (`Iterator`) are left out: English
 * writes those too.
 */
export function proseIdentifiers(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.replace(/`[^`\n]*`/g, ' ').matchAll(/[A-Za-z_$][\w$]*/g)) {
    const word = m[0];
    if (word.length >= 4 && (/[a-z][A-Z]/.test(word) || /[A-Za-z]_+[A-Za-z]/.test(word))) out.add(word);
  }
  return [...out];
}
