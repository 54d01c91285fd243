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

/** The content words of a text, lower-cased and stemmed, in order (stopwords and 1-letter words dropped). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const raw = m[0];
    if (raw.length < 2 || STOPWORDS.has(raw)) continue;
    const term = stem(raw);
    if (term.length < 2 || STOPWORDS.has(term)) continue;
    out.push(term);
  }
  return out;
}
