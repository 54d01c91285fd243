import { publishedInterval } from "../cluster/published-range.js";
import type { ExtractedArticle } from "../types.js";

/** Where each source of a story stands against the others. */
export interface SourceProvenance {
  /** The earliest article whose text this one nearly copies, when it is a copy. */
  copyOf?: string;
  /** Published before every other source, as far as the dates tell. */
  first?: boolean;
  /** Its sentences with facts no other source reports. */
  adds: string[];
}

// Word 5-grams: long enough that two independent reports of one event share few, short enough
// that an edited wire copy (a changed intro, a cut paragraph) keeps most of them.
const SHINGLE = 5;
// Share of the shorter text's 5-grams found in the other: a wire copy cut to length still counts.
const NEAR_COPY = 0.7;
// The facts a reader scans a source's extra for: a few sentences, not its whole text.
const MAX_ADDS = 3;
const MIN_WORDS = 6;
const MAX_WORDS = 50;
const NUMBER = /\b\d+(?:[.,]\d+)*\b/g;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(article: ExtractedArticle): Set<string> {
  const w = words(article.sentences.join(" "));
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(" "));
  return out;
}

function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/**
 * For the articles of one story (oldest first): which are near-copies of one text (wire copies),
 * which reported first when the dates allow, and what each adds that no other source reports.
 */
export function storyProvenance(articles: readonly ExtractedArticle[]): Map<string, SourceProvenance> {
  const sets = articles.map(shingles);
  // Oldest first, so a copy points at the earliest article of its text.
  const copyOf = new Map<string, string>();
  for (let j = 1; j < articles.length; j++) {
    for (let i = 0; i < j; i++) {
      if (copyOf.has(articles[i]!.id)) continue;
      if (containment(sets[i]!, sets[j]!) >= NEAR_COPY) {
        copyOf.set(articles[j]!.id, articles[i]!.id);
        break;
      }
    }
  }
  const first = firstReport(articles);
  const result = new Map<string, SourceProvenance>();
  articles.forEach((article, k) => {
    const others = articles.filter((_, m) => m !== k);
    result.set(article.id, {
      ...(copyOf.has(article.id) ? { copyOf: copyOf.get(article.id)! } : {}),
      ...(first === article.id ? { first: true } : {}),
      adds: articles.length > 1 ? exclusiveFacts(article, others) : [],
    });
  });
  return result;
}

/** The article published strictly before all others (by day ranges); none when two may share the first day. */
function firstReport(articles: readonly ExtractedArticle[]): string | undefined {
  if (articles.length < 2) return undefined;
  const ranges = articles.map((a) => (a.published.source === "unknown" ? undefined : publishedInterval(a.published)));
  if (ranges.some((r) => r === undefined)) return undefined;
  let best = 0;
  for (let i = 1; i < ranges.length; i++) if (ranges[i]!.earliest < ranges[best]!.earliest) best = i;
  const alone = ranges.every((r, i) => i === best || ranges[best]!.latest < r!.earliest);
  return alone ? articles[best]!.id : undefined;
}

/**
 * Sentences of `article` stating a fact the other sources do not: a number, a named entity or a
 * dated event that none of them has. Text order, a few at most.
 */
function exclusiveFacts(article: ExtractedArticle, others: readonly ExtractedArticle[]): string[] {
  const otherText = others.map((o) => o.sentences.join(" ")).join("\n");
  const otherNumbers = new Set(otherText.match(NUMBER) ?? []);
  const otherEntities = new Set(others.flatMap((o) => o.entities.map((e) => e.id)));
  const otherDates = new Set(others.flatMap((o) => o.events.map((e) => e.date)));
  const ownNames = article.entities
    .filter((e) => !otherEntities.has(e.id) && e.kind !== "outlet")
    .flatMap((e) => [...new Set(e.mentions.map((m) => m.text))]);
  const ownDates = article.events.filter((e) => !otherDates.has(e.date)).map((e) => e.sentence);
  const adds: string[] = [];
  for (const sentence of article.sentences) {
    if (adds.length >= MAX_ADDS) break;
    const count = sentence.split(/\s+/).length;
    if (count < MIN_WORDS || count > MAX_WORDS || !/[.!?"”’')]$/.test(sentence.trim())) continue;
    const number = (sentence.match(NUMBER) ?? []).some((n) => !otherNumbers.has(n));
    const name = ownNames.some((text) => text.length > 1 && sentence.includes(text));
    const date = ownDates.some((s) => s === sentence.trim() || s === sentence);
    if (number || name || date) adds.push(sentence.trim());
  }
  return adds;
}
