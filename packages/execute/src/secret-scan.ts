import { lintSource } from '@secretlint/core';
import { creator as recommendedPreset } from '@secretlint/secretlint-rule-preset-recommend';

/** A secret found in added text. */
export interface SecretHit {
  line: number;
  rule: string;
  message: string;
}

const SECRETLINT_CONFIG = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendedPreset }] };
/** A quoted or assigned token long and varied enough to be a key: base64 / url-safe alphabets. */
const TOKEN = /(?:["'`]|[:=]\s*)([A-Za-z0-9+/_=-]{24,200})(?=["'`]|\s|$|;|,)/g;
const ENTROPY_BITS = 4.3;

/**
 * Secrets in added lines: secretlint's recommended preset (AWS, GCP, GitHub, Slack, npm, private
 * keys, basic-auth URLs, …; maintained upstream) plus high-entropy tokens the preset has no rule for.
 * `lines` are the added lines with their numbers in the new file.
 */
export async function scanSecrets(path: string, lines: readonly { line: number; text: string }[]): Promise<SecretHit[]> {
  if (lines.length === 0) return [];
  const content = lines.map((l) => l.text).join('\n');
  const result = await lintSource({
    source: { filePath: path, content, contentType: 'text' },
    options: { config: SECRETLINT_CONFIG, maskSecrets: true, noPhysicFilePath: true },
  });
  const hits: SecretHit[] = result.messages.map((m) => ({
    line: lines[m.loc.start.line - 1]?.line ?? 0,
    rule: m.ruleId,
    message: m.message,
  }));
  const seen = new Set(hits.map((h) => h.line));
  for (const { line, text } of lines) {
    if (seen.has(line)) continue;
    for (const m of text.matchAll(TOKEN)) {
      const token = m[1] ?? '';
      if (looksLikeSecret(token)) {
        hits.push({
          line,
          rule: 'high-entropy',
          message: `a high-entropy string (${entropy(token).toFixed(1)} bits/char) that looks like a key`,
        });
        break;
      }
    }
  }
  return hits;
}

function looksLikeSecret(token: string): boolean {
  if (!/[0-9]/.test(token) || !/[A-Za-z]/.test(token)) return false;
  if (/^[a-z]+(?:[-_][a-z]+)*$/i.test(token)) return false; // words-with-dashes
  if (/^[./\w-]+\.[a-z]{1,5}$/i.test(token) && token.includes('/')) return false; // a path
  return entropy(token) >= ENTROPY_BITS;
}

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
