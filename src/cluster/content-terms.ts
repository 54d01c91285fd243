import stopwordData from "./stopwords.json" with { type: "json" };

const STOPWORDS = new Set(stopwordData.words);
const WORD = /\p{L}[\p{L}\p{N}]*(?:['’]\p{L}+)?|\p{N}+(?:[.,]\p{N}+)*/gu;

/**
 * A light English stemmer: folds plurals and possessives so "missiles" and "missile" count as one
 * term. Deliberately conservative (no suffix stripping beyond plurals): a wrong merge of two
 * words costs more in grouping than a missed one.
 */
function stem(word: string): string {
  let w = word.replace(/['’]s$/, "").replace(/['’]/g, "");
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * Each distinct word's term ("" when it is dropped), remembered: a corpus repeats a small
 * vocabulary millions of times, and clustering and the digest both read every sentence. Bounded,
 * so a long-running preview server over ever new text does not grow without limit.
 */
const termOfWord = new Map<string, string>();
const MAX_REMEMBERED_WORDS = 200_000;

function termOf(raw: string): string {
  let term = termOfWord.get(raw);
  if (term === undefined) {
    term = raw.length < 2 || STOPWORDS.has(raw) ? "" : stem(raw);
    if (term.length < 2 || STOPWORDS.has(term)) term = "";
    if (termOfWord.size >= MAX_REMEMBERED_WORDS) termOfWord.clear();
    termOfWord.set(raw, term);
  }
  return term;
}

/** The content words of a text, lower-cased and stemmed, in order (stopwords and 1-letter words dropped). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const term = termOf(m[0]);
    if (term !== "") out.push(term);
  }
  return out;
}

/**
 * The content words of a text written in lower case, in order: words that start with a capital (names: who, where,
 * which product) are left out, and so are stopwords and 1-letter words.
 */
export function lowerCaseTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const first = word[0]!;
    if (first !== first.toLowerCase()) continue;
    const term = termOf(word.toLowerCase());
    if (term !== "") out.push(term);
  }
  return out;
}

/**
 * How often each content word occurs in a text's sentences, in the order the words first occur,
 * written `term count term count …` (a term never holds a space). Extraction stores this with
 * each article, so that a rebuild reads the counts from its cache instead of tokenising every
 * article of the archive again (issue 13: a quarter of grouping's time at 10,000 articles).
 */
export function countSentenceTerms(sentences: readonly string[]): string {
  const parts: string[] = [];
  for (const [term, n] of tallySentenceTerms(sentences)) parts.push(term, String(n));
  return parts.join(" ");
}

function tallySentenceTerms(sentences: readonly string[]): Map<string, number> {
  const tally = new Map<string, number>();
  for (const term of contentTerms(sentences.join("\n"))) tally.set(term, (tally.get(term) ?? 0) + 1);
  return tally;
}
