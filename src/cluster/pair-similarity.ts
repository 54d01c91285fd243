import { isDated, type ArticleFeatures } from "./article-features.js";
import { daysApart } from "./published-range.js";
import { cosineOfCoded, type CodedVector } from "./sparse-vector.js";

// Text carries most of the evidence (it is always there); parties and shared dated events add
// to it when extraction found them. Weights are renormalised over the evidence both articles have.
const TEXT_WEIGHT = 0.6;
const PARTY_WEIGHT = 0.3;
const EVENT_WEIGHT = 0.1;

// Coverage of one event is published within a day or two; later reports are ever more likely a
// new development, and beyond five days apart another event, however alike the words: a
// subject's follow-ups a week or more apart (a breach's later disclosures) are stories of one
// thread (src/thread/), never one story. Events of GiveMe5W1H dev span five days at most.
const SAME_EVENT_DAYS = 1;
const HALF_WEIGHT_AFTER_DAYS = 3;
const UNRELATED_AFTER_DAYS = 5;
// Text cosine from which two undated articles of one outlet are one report run twice or updated (see oneOutletUndated).
const NEAR_COPY_TEXT = 0.6;

/** 1 when the publication ranges are a day apart at most, half at 1 + 3 days, 0 beyond five days. */
export function dateProximity(a: ArticleFeatures, b: ArticleFeatures): number {
  if (!a.published || !b.published) return 1;
  const gap = daysApart(a.published, b.published);
  if (gap > UNRELATED_AFTER_DAYS) return 0;
  return 1 / (1 + Math.max(0, gap - SAME_EVENT_DAYS) / HALF_WEIGHT_AFTER_DAYS);
}

/** Shared specific days: one is good evidence, two is as good as it gets. */
function eventOverlap(a: ArticleFeatures, b: ArticleFeatures): number {
  let shared = 0;
  for (const d of a.eventDays) if (b.eventDays.has(d)) shared++;
  return Math.min(1, shared / 2);
}

/** Whether two articles are one report run twice or updated: their words nearly the same. */
export function nearCopies(a: ArticleFeatures, b: ArticleFeatures): boolean {
  return cosineOfCoded(a.codedTerms, b.codedTerms) >= NEAR_COPY_TEXT;
}

/** How likely two articles report the same event, 0..1. */
export function pairSimilarity(a: ArticleFeatures, b: ArticleFeatures): number {
  return combine(a, b, cosineOfCoded);
}

/**
 * `pairSimilarity` for many pairs sharing their first article (candidate pairs come grouped by
 * it): that article's term weights are spread into a dense array once, so each pair's text
 * cosine is one pass over the other article's terms instead of a branchy merge of both. The
 * products are the same and are added in the same (code) order; the other terms add exact
 * zeros, so the result is the same to the last bit.
 */
export function pairScorer(features: readonly ArticleFeatures[]): (i: number, j: number) => number {
  let size = 0;
  for (const f of features) for (const code of f.codedTerms.codes) size = Math.max(size, code + 1);
  const dense = new Float64Array(size);
  let focused = -1;
  const denseCosine = (_a: CodedVector, b: CodedVector): number => {
    let sum = 0;
    const codes = b.codes;
    const weights = b.weights;
    for (let k = 0; k < codes.length; k++) sum += dense[codes[k]!]! * weights[k]!;
    return sum;
  };
  return (i, j) => {
    const a = features[i]!;
    if (i !== focused) {
      if (focused >= 0) for (const code of features[focused]!.codedTerms.codes) dense[code] = 0;
      a.codedTerms.codes.forEach((code, k) => {
        dense[code] = a.codedTerms.weights[k]!;
      });
      focused = i;
    }
    return combine(a, features[j]!, denseCosine);
  };
}

function combine(
  a: ArticleFeatures,
  b: ArticleFeatures,
  termCosine: (a: CodedVector, b: CodedVector) => number,
): number {
  const proximity = dateProximity(a, b);
  if (proximity === 0) return 0;
  const text = termCosine(a.codedTerms, b.codedTerms);
  if (oneOutletUndated(a, b) && text < NEAR_COPY_TEXT) return 0;
  let score = TEXT_WEIGHT * text;
  let weight = TEXT_WEIGHT;
  if (a.parties.keys.length > 0 && b.parties.keys.length > 0) {
    score += PARTY_WEIGHT * cosineOfCoded(a.codedParties, b.codedParties);
    weight += PARTY_WEIGHT;
  }
  if (a.eventDays.size > 0 && b.eventDays.size > 0) {
    score += EVENT_WEIGHT * eventOverlap(a, b);
    weight += EVENT_WEIGHT;
  }
  return (score / weight) * proximity;
}

/**
 * Two articles of one outlet that dates do not place within one event. An outlet reports a happening once and then
 * updates that report; its other articles on the subject are later developments (a trial's days, a bill's stages) told
 * in its own words for the subject, so the words and parties they share say little about which happening each reports.
 * Dates tell those apart; without them only a near copy of one report is evidence enough (BBC dev, one outlet and no
 * dates: reports run twice or updated score 0.6 to 1; one subject's different developments, such as a trial's days,
 * 0.5 at most, yet made stories of three and four by their shared parties and words).
 */
function oneOutletUndated(a: ArticleFeatures, b: ArticleFeatures): boolean {
  return a.outlet !== undefined && a.outlet === b.outlet && !(isDated(a) && isDated(b));
}
