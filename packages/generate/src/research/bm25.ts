import { termCounts } from './terms.js';

/** A document for BM25: its id and weighted term frequencies. */
export interface Bm25Document {
  id: string;
  tf: Map<string, number>;
  length: number;
}

/** Builds a BM25 document from texts, each with a weight (path words count more than body words). */
export function bm25Document(id: string, fields: { text: string; weight: number }[]): Bm25Document {
  const tf = new Map<string, number>();
  for (const field of fields) termCounts(field.text, tf, field.weight);
  let length = 0;
  for (const n of tf.values()) length += n;
  return { id, tf, length };
}

/**
 * Okapi BM25 (k1 = 1.2, b = 0.75) of each document for the query terms: the ranking of classic
 * full-text search, used as the research's lexical signal and as the localization baseline.
 */
export function bm25Scores(documents: Bm25Document[], query: Map<string, number>): Map<string, number> {
  const k1 = 1.2;
  const b = 0.75;
  const n = documents.length || 1;
  const avg = documents.reduce((s, d) => s + d.length, 0) / n || 1;
  const df = new Map<string, number>();
  for (const term of query.keys()) df.set(term, documents.filter((d) => d.tf.has(term)).length);
  const scores = new Map<string, number>();
  for (const doc of documents) {
    let score = 0;
    for (const [term, qWeight] of query) {
      const f = doc.tf.get(term);
      if (!f) continue;
      const idf = Math.log(1 + (n - (df.get(term) ?? 0) + 0.5) / ((df.get(term) ?? 0) + 0.5));
      score += qWeight * idf * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * doc.length) / avg)));
    }
    if (score > 0) scores.set(doc.id, score);
  }
  return scores;
}

/** Ids by descending score (ties by id). */
export function rankByScore(scores: Map<string, number>): string[] {
  return [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}
