import { contentTerms } from "../cluster/content-terms.js";
import { cosineOfCoded } from "../cluster/sparse-vector.js";
import type { ExtractedArticle } from "../types.js";
import skipData from "./summary-skip.json" with { type: "json" };

const SKIP = skipData.patterns.map((p) => new RegExp(p, "i"));
// "WASHINGTON (Reuters) - ", "KYIV, March 10 — ": a dateline says where the wire filed from.
const DATELINE = /^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][a-z]+\.? \d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[-–—]{1,2}\s+/;
const MIN_WORDS = 6;
const MAX_WORDS = 50;
// A sentence this close to one already chosen repeats it.
const MAX_OVERLAP = 0.5;
// Centrality against redundancy (MMR's lambda).
const LAMBDA = 0.7;

/** A summary sentence and the article it came from (the oldest that has it). */
export interface SourcedSentence {
  text: string;
  articleId: string;
}

interface Candidate {
  /** Its sentence, as it was before the dateline was cut (the text only matters for the few chosen). */
  sentence: string;
  articleId: string;
  vector: CodedVector;
  /** Numbers it states (`10`, `2023`, `8`): two sentences with the same number usually state one fact. */
  anchors: Set<string>;
  /** Its place in its article: news puts the essentials first. */
  position: number;
  order: number;
}

/**
 * A story's summary candidates before any weighing against the site: everything about them that
 * depends on the story's articles alone, so it can be kept between builds (see `StoryPrep`). The
 * word weights depend on the whole site and are computed at every build.
 */
export interface PreparedSummary {
  /** The distinct content terms of all the candidates, sorted, joined by spaces (a term never holds one). */
  vocabulary: string;
  candidates: PreparedCandidate[];
}

/** One sentence that may be summary material. */
export interface PreparedCandidate {
  /** Its article's index in the story. */
  article: number;
  /** Its sentence's index in that article (its place: news puts the essentials first). */
  position: number;
  /** Its distinct content terms, as indexes into the vocabulary, ascending (so sorted like the terms). */
  terms: number[];
  /** How often each of them occurs; absent when each occurs once (most sentences). */
  counts?: number[];
  /** Numbers it states. */
  anchors: string[];
}

/**
 * A sparse vector over a story's vocabulary: indexes ascending (they sort like the terms, so
 * cosineOfCoded makes the same products in the same order as over the terms), weights L2-normalised.
 */
interface CodedVector {
  codes: number[];
  weights: number[];
}

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The sentence without a wire dateline in front. */
const withoutDateline = (sentence: string): string => sentence.replace(DATELINE, "").trim();

/** The sentence as it may appear in a summary, or undefined when it is furniture, a headline or a fragment. */
function clean(sentence: string, titles: readonly string[]): string | undefined {
  const text = withoutDateline(sentence);
  // The cheap tests first: each one alone rejects, so their order does not change the answer.
  // A headline line (no final punctuation), or a copy of a source's title.
  if (!/[.!?"”’')]$/.test(text)) return undefined;
  // An item of a list ("- Jamie Graham, Total Film: Film - The Aviator; …"): a fragment, whatever its end.
  if (/^[-–—•*·]\s/.test(text)) return undefined;
  const words = text.split(/\s+/).length;
  if (words < MIN_WORDS || words > MAX_WORDS) return undefined;
  if (SKIP.some((re) => re.test(text))) return undefined;
  const n = normalise(text);
  if (titles.some((t) => t === n || (t.length > 20 && n.startsWith(t)))) return undefined;
  return n;
}

function numbers(text: string): Set<string> {
  return new Set(text.match(/\d+(?:[.,]\d+)*/g) ?? []);
}

/**
 * 2–4 sentences from ALL the story's articles, chosen by maximal marginal relevance: centrality to
 * the story (cosine to the centroid of its sentences, each article weighing the same, lead
 * sentences favoured) minus similarity to the sentences already chosen. A sentence that states
 * the same number or date as a chosen one, or overlaps it heavily, is never taken: no fact twice.
 */
export function summarizeStory(
  articles: readonly ExtractedArticle[],
  idf: (term: string) => number,
  maxSentences = 4,
): string[] {
  return summarizeWithSources(articles, idf, maxSentences).map((s) => s.text);
}

/**
 * `summarizeStory` with the article each sentence came from: the articles come oldest first, so a
 * sentence several carry (a wire copy) is credited to the first that published it.
 */
export function summarizeWithSources(
  articles: readonly ExtractedArticle[],
  idf: (term: string) => number,
  maxSentences = 4,
): SourcedSentence[] {
  return summarizePrepared(articles, summaryCandidates(articles), idf, maxSentences);
}

/** The story's titles as a summary must not repeat them: a title made up from the lead is the lead sentence itself, which stays a candidate. */
function storyTitles(articles: readonly ExtractedArticle[]): string[] {
  return articles
    .filter((a) => a.titleSource !== "lead")
    .map((a) => normalise(a.title))
    .filter(Boolean);
}

/** The sentences of the story that may be summary material, oldest article first, each once. */
export function summaryCandidates(articles: readonly ExtractedArticle[]): PreparedSummary {
  const titles = storyTitles(articles);
  const found: { article: number; position: number; tf: Map<string, number>; anchors: string[] }[] = [];
  const seen = new Set<string>();
  // Sentences already looked at: the same sentence cleans the same way, so a repeat (wire copy
  // runs in many outlets) is either rejected again or a duplicate of a candidate.
  const looked = new Set<string>();
  articles.forEach((article, index) => {
    article.sentences.forEach((sentence, position) => {
      if (looked.has(sentence)) return;
      looked.add(sentence);
      const key = clean(sentence, titles);
      if (key === undefined || seen.has(key)) return;
      seen.add(key);
      const text = withoutDateline(sentence);
      const tf = new Map<string, number>();
      for (const t of contentTerms(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
      found.push({ article: index, position, tf, anchors: [...numbers(text)] });
    });
  });
  const vocabulary = [...new Set(found.flatMap((c) => [...c.tf.keys()]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const code = new Map(vocabulary.map((term, i) => [term, i]));
  const candidates = found.map(({ article, position, tf, anchors }): PreparedCandidate => {
    const terms = [...tf.keys()].map((t) => code.get(t)!).sort((a, b) => a - b);
    const counts = terms.map((c) => tf.get(vocabulary[c]!)!);
    return { article, position, terms, ...(counts.some((n) => n !== 1) ? { counts } : {}), anchors };
  });
  return { vocabulary: vocabulary.join(" "), candidates };
}

/**
 * The candidate's word vector: `toSparseVector` of its terms' weights, (1 + log tf) · idf, computed in one pass
 * since the terms come sorted (the same sums in the same order, so the same vector to the last bit).
 */
function weighed(candidate: PreparedCandidate, idfs: Float64Array): CodedVector {
  const codes: number[] = [];
  const weights: number[] = [];
  const { terms, counts } = candidate;
  let sum = 0;
  for (let i = 0; i < terms.length; i++) {
    const w = (1 + Math.log(counts ? counts[i]! : 1)) * idfs[terms[i]!]!;
    if (!(w > 0)) continue;
    codes.push(terms[i]!);
    weights.push(w);
    sum += w * w;
  }
  const norm = Math.sqrt(sum) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
  return { codes, weights };
}

/**
 * The summary from the story's prepared candidates (`summaryCandidates` of these articles):
 * maximal marginal relevance, as `summarizeStory` describes.
 */
export function summarizePrepared(
  articles: readonly ExtractedArticle[],
  summary: PreparedSummary,
  idf: (term: string) => number,
  maxSentences = 4,
): SourcedSentence[] {
  const vocabulary = summary.vocabulary === "" ? [] : summary.vocabulary.split(" ");
  const idfs = Float64Array.from(vocabulary, idf);
  const prepared = summary.candidates;
  const candidates: Candidate[] = prepared.map((p, order) => {
    const article = articles[p.article]!;
    return {
      sentence: article.sentences[p.position]!,
      articleId: article.id,
      vector: weighed(p, idfs),
      anchors: new Set(p.anchors),
      position: p.position,
      order,
    };
  });
  // Each article weighs the same in the centroid (sums per term in the order `toSparseVector` of a map would get).
  const centroid = new Float64Array(vocabulary.length);
  for (let start = 0; start < candidates.length;) {
    let end = start + 1;
    while (end < candidates.length && prepared[end]!.article === prepared[start]!.article) end++;
    const count = end - start;
    for (let k = start; k < end; k++) {
      const v = candidates[k]!.vector;
      for (let i = 0; i < v.codes.length; i++) {
        const code = v.codes[i]!;
        centroid[code] = centroid[code]! + v.weights[i]! / count;
      }
    }
    start = end;
  }
  const centre: CodedVector = { codes: [], weights: [] };
  let sum = 0;
  centroid.forEach((w, code) => {
    if (!(w > 0)) return;
    centre.codes.push(code);
    centre.weights.push(w);
    sum += w * w;
  });
  const norm = Math.sqrt(sum) || 1;
  for (let i = 0; i < centre.weights.length; i++) centre.weights[i] = centre.weights[i]! / norm;
  const relevance = candidates.map(
    (c) => cosineOfCoded(c.vector, centre) + (c.position === 0 ? 0.1 : c.position === 1 ? 0.05 : 0),
  );

  const want = Math.min(maxSentences, Math.max(2, articles.length + 1));
  const chosen: number[] = [];
  while (chosen.length < want) {
    let best = -1;
    let bestScore = -Infinity;
    candidates.forEach((c, i) => {
      if (chosen.includes(i)) return;
      let overlap = 0;
      for (const j of chosen) {
        const other = candidates[j]!;
        for (const a of c.anchors) {
          if (other.anchors.has(a)) {
            overlap = Infinity;
            break;
          }
        }
        overlap = Math.max(overlap, cosineOfCoded(c.vector, other.vector));
      }
      if (overlap > MAX_OVERLAP) return;
      const score = LAMBDA * relevance[i]! - (1 - LAMBDA) * overlap;
      if (score > bestScore || (score === bestScore && c.order < candidates[best]!.order)) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0) break;
    chosen.push(best);
  }
  if (chosen.length === 0) {
    // Nothing passed the filters (very short articles): fall back to the first sentences.
    const titles = storyTitles(articles);
    return articles
      .flatMap((a) => a.sentences.map((text) => ({ text, articleId: a.id })))
      .filter((s) => !titles.includes(normalise(s.text)))
      .slice(0, 2);
  }
  // Read in the articles' order of importance: lead sentences first (oldest article first among
  // them), then the next ones. The most central sentence is often a later one that leans on the
  // lead ("But it was TV that first made Depp a star."), and the first sentence is the story's
  // one line on every list and in every feed.
  chosen.sort((i, j) => candidates[i]!.position - candidates[j]!.position || i - j);
  return chosen.map((i) => ({ text: withoutDateline(candidates[i]!.sentence), articleId: candidates[i]!.articleId }));
}
