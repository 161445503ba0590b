/** Words too common in feature requests and code to tell files apart. */
const STOP = new Set(
  (
    'a about above after again all also always am an and any are as at be because been before being below between both but by can ' +
    'cannot could did do does doing down each every few for from further had has have having here how if in into is it its itself ' +
    'just like make more most must need needs no not now of off on once only or other our out over own same should so some such ' +
    'than that the their them then there these they this those through to too under until up use used uses using very via want was ' +
    'we were what when where which while who why will with would you your new add adds added allow allows support supports feature ' +
    'fix fixes fixed change changes changed instead when get set let var const return true false none null self this'
  ).split(' '),
);

/** Splits an identifier or phrase into lower-case words: `parseHTTPResponse_v2` → parse, http, response, v2. */
export function splitIdentifier(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** A light stemmer: plural and verb endings, so `retries`, `retry` and `retrying` meet. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  // A final e goes, so `merge` meets `merging` and `parse` meets `parsing`.
  if (word.endsWith('e')) return word.slice(0, -1);
  return word;
}

/** The searchable terms of a text: identifiers split, stop words and short words dropped, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of text.match(/[A-Za-z_$][A-Za-z0-9_$]*/g) ?? []) {
    for (const word of splitIdentifier(token)) {
      if (word.length < 3 || STOP.has(word) || /^\d/.test(word)) continue;
      out.push(stem(word));
    }
  }
  return out;
}

/**
 * Term frequencies of a text. Raw tokens are counted first and each distinct token is split and
 * stemmed once: a source file repeats its identifiers, so this is several times faster than `terms`.
 */
export function termCounts(text: string, into = new Map<string, number>(), weight = 1): Map<string, number> {
  const raw = new Map<string, number>();
  for (const token of text.match(/[A-Za-z_$][A-Za-z0-9_$]*/g) ?? []) raw.set(token, (raw.get(token) ?? 0) + 1);
  for (const [token, n] of raw) {
    for (const t of terms(token)) into.set(t, (into.get(t) ?? 0) + n * weight);
  }
  return into;
}

/**
 * Identifiers a request names in code spans (`extend()`, `retry`, `FunctionAuth`): the strongest hints.
 * A span that is a file path (`isodate/__init__.py`) names a file, not symbols: its words would
 * otherwise lift every file that defines `__init__`.
 */
export function codeSpanIdentifiers(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/`([^`\n]{1,80})`/g)) {
    const span = m[1] as string;
    if (isFilePath(span)) continue;
    for (const id of span.match(/[A-Za-z_$][\w$]*/g) ?? []) if (id.length >= 3) out.add(id);
  }
  return [...out];
}

/** A file extension of code, configuration or docs: `x.py` is a file, `datetime.date` is not. */
const FILE_EXTENSION = /\.(?:[cm]?[jt]sx?|py|pyi|go|rs|java|kt|rb|php|cs|swift|c|h|cc|cpp|hpp|json|ya?ml|toml|md|txt|cfg|ini|sh)$/i;

/** Whether a code span is a path (`src/a.ts`, `lib/`, `setup.cfg`) rather than code. */
export function isFilePath(span: string): boolean {
  const s = span.trim();
  return !/\s/.test(s) && (FILE_EXTENSION.test(s) || /^[\w.-]+(?:\/[\w.-]+)+\/?$/.test(s) || /^[\w.-]+\/$/.test(s));
}
