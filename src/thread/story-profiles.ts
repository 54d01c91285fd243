import { isParty, smoothIdf } from "../cluster/article-features.js";
import { BodyTerms } from "../cluster/body-terms.js";
import { contentTerms } from "../cluster/content-terms.js";
import { daysApart, publishedInterval, type DayInterval } from "../cluster/published-range.js";
import { toSparseVector, type CodedVector, type SparseVector } from "../cluster/sparse-vector.js";
import { TermTally, termVectors } from "../cluster/term-vectors.js";
import type { ExtractedArticle, Story } from "../types.js";

/** What thread linking compares, for one story. */
export interface StoryProfile {
  /** Index into the story list. */
  index: number;
  /** TF-IDF of its articles' words (headlines three times), IDF counted over stories, L2-normalised. */
  terms: SparseVector;
  /** `terms` with integer keys over every profile's terms (as `codeVectors` of them all gives them). */
  codedTerms: CodedVector;
  /** Its parties weighted by the share of its articles naming them and by rarity over stories. */
  parties: SparseVector;
  /** Display names of its parties, by id. */
  names: Map<string, string>;
  /** The days its articles were published on; undefined when none has a known date. */
  span: DayInterval | undefined;
}

// The heaviest terms carry a story's subject; the rest is the day's detail.
const TERM_LIMIT = 80;
const PARTY_LIMIT = 20;

/**
 * One profile per story: a story is compared with other stories as one document, so words and
 * parties every story of the site shares (the outlet's country, "said") weigh nothing, and those
 * of one subject stand out.
 */
export function buildStoryProfiles(
  stories: readonly Story[],
  articlesById: ReadonlyMap<string, ExtractedArticle>,
  bodyTerms: BodyTerms = new BodyTerms(),
): StoryProfile[] {
  const n = stories.length;
  const members = stories.map((s) =>
    s.articleIds.map((id) => articlesById.get(id)).filter((a): a is ExtractedArticle => a !== undefined),
  );
  const tally = new TermTally();
  const counts = members.map((list) => {
    for (const a of list) {
      const body = bodyTerms.countsOf(a);
      for (let k = 0; k < body.ids.length; k++) tally.add(body.ids[k]!, body.counts[k]!);
      for (const term of contentTerms(a.title)) tally.add(bodyTerms.id(term), 3);
    }
    return tally.take();
  });
  const partyShares = members.map((list) => {
    const share = new Map<string, number>();
    const names = new Map<string, string>();
    for (const a of list) {
      for (const e of a.entities) {
        if (!isParty(e) || names.has(`${a.id}\u0000${e.id}`)) continue;
        names.set(`${a.id}\u0000${e.id}`, e.name);
        if (!names.has(e.id)) names.set(e.id, e.name);
        share.set(e.id, (share.get(e.id) ?? 0) + (0.25 + Math.max(0, Math.min(1, e.salience))) / list.length);
      }
    }
    return { share, names };
  });
  const termDf = new Int32Array(bodyTerms.size);
  for (const { ids } of counts) for (const id of ids) termDf[id]!++;
  const termIdf = new Float64Array(termDf.length);
  for (let id = 0; id < termDf.length; id++) if (termDf[id]! > 0) termIdf[id] = smoothIdf(n, termDf[id]!);
  const terms = termVectors(counts, termIdf, TERM_LIMIT, (id) => bodyTerms.term(id));
  const partyDf = new Map<string, number>();
  for (const { share } of partyShares) for (const id of share.keys()) partyDf.set(id, (partyDf.get(id) ?? 0) + 1);

  return stories.map((_, index) => {
    const party = new Map<string, number>();
    for (const [id, share] of partyShares[index]!.share) party.set(id, share * smoothIdf(n, partyDf.get(id)!));
    const names = new Map([...partyShares[index]!.names].filter(([key]) => !key.includes("\u0000")));
    return {
      index,
      terms: terms.vectors[index]!,
      codedTerms: terms.coded[index]!,
      parties: toSparseVector(party, PARTY_LIMIT),
      names,
      span: spanOf(members[index]!),
    };
  });
}

/** The smallest interval holding every dated article's possible publication days. */
export function spanOf(articles: readonly ExtractedArticle[]): DayInterval | undefined {
  let span: DayInterval | undefined;
  for (const a of articles) {
    if (a.published.source === "unknown" && !a.published.earliest) continue;
    const own = publishedInterval(a.published);
    if (!own) continue;
    span = span ? { earliest: Math.min(span.earliest, own.earliest), latest: Math.max(span.latest, own.latest) } : own;
  }
  return span;
}

/** Days between two stories' spans; undefined when either has no date. */
export function storyGap(a: StoryProfile, b: StoryProfile): number | undefined {
  return a.span && b.span ? daysApart(a.span, b.span) : undefined;
}
