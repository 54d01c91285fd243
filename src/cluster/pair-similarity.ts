import type { ArticleFeatures } from "./article-features.js";
import { daysApart } from "./published-range.js";
import { cosine } from "./sparse-vector.js";

// Text carries most of the evidence (it is always there); parties and shared dated events add
// to it when extraction found them. Weights are renormalised over the evidence both articles have.
const TEXT_WEIGHT = 0.6;
const PARTY_WEIGHT = 0.3;
const EVENT_WEIGHT = 0.1;

// Coverage of one event is published within a day or two; later reports are ever more likely a
// new development, and beyond a month apart another event (a meeting a year later), however
// alike the words.
const SAME_EVENT_DAYS = 1;
const HALF_WEIGHT_AFTER_DAYS = 3;
const UNRELATED_AFTER_DAYS = 30;

/** 1 when the publication ranges are a day apart at most, half at 1 + 3 days, 0 beyond a month. */
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

/** How likely two articles report the same event, 0..1. */
export function pairSimilarity(a: ArticleFeatures, b: ArticleFeatures): number {
  const proximity = dateProximity(a, b);
  if (proximity === 0) return 0;
  let score = TEXT_WEIGHT * cosine(a.terms, b.terms);
  let weight = TEXT_WEIGHT;
  if (a.parties.keys.length > 0 && b.parties.keys.length > 0) {
    score += PARTY_WEIGHT * cosine(a.parties, b.parties);
    weight += PARTY_WEIGHT;
  }
  if (a.eventDays.size > 0 && b.eventDays.size > 0) {
    score += EVENT_WEIGHT * eventOverlap(a, b);
    weight += EVENT_WEIGHT;
  }
  return (score / weight) * proximity;
}
