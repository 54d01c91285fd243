import type { ExtractedArticle, Story } from "../types.js";
import { buildArticleFeatures, isDated, type ArticleFeatures } from "./article-features.js";
import type { BodyTerms } from "./body-terms.js";
import { assignStoryIds, type PreviousStoryIds, type StoryGroup } from "./assign-story-ids.js";
import { averageLinkage, type Edge } from "./average-linkage.js";
import { forEachCandidatePair } from "./candidate-pairs.js";
import { nearCopies, pairScorer } from "./pair-similarity.js";
import { coreWords, leadFrequencies, leadWords, type LeadWords } from "./story-core.js";
import { oldestKey } from "./published-range.js";

export interface ClusterOptions {
  /** The stories of the previous build (from its data/stories.json), so ids stay stable across rebuilds. */
  previous?: PreviousStoryIds[];
  /** Mean similarity two groups need to merge (default 0.06). */
  threshold?: number;
  /** The build's body term counts, shared with the digest stage (default: counted here). */
  bodyTerms?: BodyTerms;
}

// Mean pairwise similarity is low even within one event (long articles wander), so the bar is
// low; average linkage keeps it safe, since every pair of the two groups counts.
const DEFAULT_THRESHOLD = 0.06;
// Edges this weak never decide a merge; dropping them keeps the graph small.
const MIN_EDGE = 0.02;
// Groups of this many undated articles or more need a core, pairs too (see `outsiders`).
const CORE_MIN_ARTICLES = 2;
// Each check a coreless group fails raises its threshold by this factor.
const CORE_STEP = 1.5;

const byId = (a: ExtractedArticle, b: ExtractedArticle): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const oldestFirst = (a: ExtractedArticle, b: ExtractedArticle): number =>
  oldestKey(a.published) - oldestKey(b.published) || byId(a, b);

/**
 * Groups articles about the same event into stories with stable ids. Articles pinned by front
 * matter `story:` form their pinned story and take no part in the automatic grouping. The result
 * depends only on the articles, never on their order.
 */
export function clusterStories(articles: readonly ExtractedArticle[], options: ClusterOptions = {}): Story[] {
  // Sorting by id first makes every later step (IDF sums, tie-breaks, slugs) order-independent.
  const sorted = [...articles].sort(byId);
  const features = buildArticleFeatures(sorted, options.bodyTerms);

  const free = sorted.map((a) => a.pinnedStory === undefined || a.pinnedStory.trim() === "");
  const edges: Edge[] = [];
  const similarityOf = pairScorer(features);
  forEachCandidatePair(features, (i, j) => {
    if (!free[i] || !free[j]) return;
    const similarity = similarityOf(i, j);
    if (similarity >= MIN_EDGE) edges.push({ a: i, b: j, similarity });
  });
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  // Leads are read only when some group needs a core (a dated site never does).
  let leads: Leads | undefined;
  const leadsOf = (): Leads => {
    if (!leads) {
      const words = leadWords(sorted);
      leads = { words, frequencies: leadFrequencies(words) };
    }
    return leads;
  };
  // Each article's edges to later articles, for grouping a group's articles again (built when first needed).
  let from: Edge[][] | undefined;
  const edgesFrom = (i: number): readonly Edge[] => {
    if (!from) {
      from = sorted.map(() => []);
      for (const e of edges) from[Math.min(e.a, e.b)]!.push(e);
    }
    return from[i]!;
  };
  const clusters = averageLinkage(sorted.length, edges, threshold)
    .filter((c) => free[c[0]!])
    .flatMap((c) => withCores(c, edgesFrom, threshold, (members) => outsiders(members, features, leadsOf)));

  const pins = new Map<string, number[]>();
  sorted.forEach((a, i) => {
    if (free[i]) return;
    const pin = a.pinnedStory!.trim();
    pins.set(pin, [...(pins.get(pin) ?? []), i]);
  });

  const groups: StoryGroup[] = [
    ...[...pins].map(([pin, members]) => toGroup(sorted, members, pin)),
    ...clusters.map((members) => toGroup(sorted, members)),
  ];
  // Oldest story first (then by its first article id): the order new slugs are handed out in.
  const first = new Map(sorted.map((a) => [a.id, a]));
  groups.sort((x, y) => {
    const a = first.get(x.articleIds[0]!)!;
    const b = first.get(y.articleIds[0]!)!;
    return (x.pin === undefined ? 1 : 0) - (y.pin === undefined ? 1 : 0) || oldestFirst(a, b);
  });
  return assignStoryIds(groups, options.previous ?? []);
}

/** Each article's lead words and longer lead's, and how many leads site-wide use each word. */
interface Leads {
  words: readonly LeadWords[];
  frequencies: ReadonlyMap<string, number>;
}

/**
 * The articles of a group that do not belong to it: [] when the group needs no core or has one that every article
 * tells (a core word in its longer lead); the articles that tell none of it; undefined when the group needs a core and
 * has none. A group of undated articles needs one: dates tell one event's reports from a subject's later events;
 * without them, only the words of what happened can. A pair of near copies needs none: it is one report run twice or
 * updated, however common its words (a subject's every lead uses them).
 */
function outsiders(
  members: readonly number[],
  features: readonly ArticleFeatures[],
  leadsOf: () => Leads,
): number[] | undefined {
  if (members.length < CORE_MIN_ARTICLES) return [];
  if (members.every((i) => isDated(features[i]!))) return [];
  if (members.length === 2 && nearCopies(features[members[0]!]!, features[members[1]!]!)) return [];
  const { words, frequencies } = leadsOf();
  const core = coreWords(members, words, frequencies);
  if (!core) return undefined;
  return members.filter((i) => ![...core].some((w) => words[i]!.longer.has(w)));
}

/**
 * A group, or its parts when it has no core: its articles grouped again at a stricter threshold, each part checked
 * again, until every part has a core or is too small to need one. Articles that tell none of a group's core leave it
 * and are grouped again among themselves.
 */
function withCores(
  members: number[],
  edgesFrom: (i: number) => readonly Edge[],
  threshold: number,
  outsidersOf: (members: readonly number[]) => number[] | undefined,
): number[][] {
  const outside = outsidersOf(members);
  if (outside === undefined) {
    const stricter = threshold * CORE_STEP;
    return stricter > 1 ? members.map((i) => [i]) : regroup(members, edgesFrom, stricter, outsidersOf);
  }
  if (outside.length === 0) return [members];
  const leaving = new Set(outside);
  return [
    ...withCores(
      members.filter((i) => !leaving.has(i)),
      edgesFrom,
      threshold,
      outsidersOf,
    ),
    ...regroup(outside, edgesFrom, threshold, outsidersOf),
  ];
}

/** Average linkage over the edges among `members` only, each part checked by `withCores`. */
function regroup(
  members: readonly number[],
  edgesFrom: (i: number) => readonly Edge[],
  threshold: number,
  outsidersOf: (members: readonly number[]) => number[] | undefined,
): number[][] {
  const local = new Map(members.map((m, k) => [m, k]));
  const inside: Edge[] = [];
  for (const m of members) {
    for (const e of edgesFrom(m)) {
      const a = local.get(e.a);
      const b = local.get(e.b);
      if (a !== undefined && b !== undefined) inside.push({ a, b, similarity: e.similarity });
    }
  }
  return averageLinkage(members.length, inside, threshold).flatMap((part) =>
    withCores(
      part.map((k) => members[k]!),
      edgesFrom,
      threshold,
      outsidersOf,
    ),
  );
}

function toGroup(sorted: readonly ExtractedArticle[], members: readonly number[], pin?: string): StoryGroup {
  const list = members.map((i) => sorted[i]!).sort(oldestFirst);
  return { articleIds: list.map((a) => a.id), headline: list[0]!.title, ...(pin !== undefined ? { pin } : {}) };
}
