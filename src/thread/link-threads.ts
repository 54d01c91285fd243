import { averageLinkage, type Edge } from "../cluster/average-linkage.js";
import { assignStoryIds, type PreviousStoryIds } from "../cluster/assign-story-ids.js";
import type { ArticleFeatures } from "../cluster/article-features.js";
import { forEachCandidatePair } from "../cluster/candidate-pairs.js";
import type { BodyTerms } from "../cluster/body-terms.js";
import { codeVectors, cosineOfCoded, type CodedVector } from "../cluster/sparse-vector.js";
import type { ExtractedArticle, Story, Thread } from "../types.js";
import { buildStoryProfiles, spanOf, storyGap, type StoryProfile } from "./story-profiles.js";

export interface ThreadOptions {
  /** The threads of the previous build (from its data/threads.json; `articleIds` are story ids), for stable ids. */
  previous?: PreviousStoryIds[];
  /** Mean similarity two groups of stories need to join one thread (default THREAD_THRESHOLD). */
  threshold?: number;
  /** The build's body term counts, shared with the other stages. */
  bodyTerms?: BodyTerms;
}

// A thread is one subject: its stories share the key parties (who) and the key words (what) of
// it. Parties weigh as much as words here, unlike within a story: follow-ups weeks apart retell
// little of each other's detail but name the same parties.
const TERM_WEIGHT = 0.5;
const PARTY_WEIGHT = 0.5;
// The steps of a subject followed over weeks (a breach: its discovery, scale, inquiry, fine),
// through the real extractors, score 0.1 to 0.35 with each other (the subject's bank is the one
// party they all share, each step has words of its own); unrelated stories of the same weeks
// score under 0.05. On GiveMe5W1H dev (twelve events in ten days) no two stories two days or more
// apart reach 0.15, so no thread joins two of its events.
export const THREAD_THRESHOLD = 0.15;
// A follow-up more than three months after the story before it starts a new thread: the subject
// came back, it did not go on.
const MAX_GAP_DAYS = 90;
// Stories that overlap in time or follow within a day are concurrent coverage that story
// grouping has already judged to be different events (an election night's many happenings), not
// a chain: a follow-up comes days later.
const MIN_GAP_DAYS = 2;
const MIN_EDGE = 0.1;
// Key parties named in the title.
const TITLE_PARTIES = 3;

/**
 * Links stories of one ongoing subject into threads: chains of dated stories over weeks or months
 * that share key parties and terms. A story with no date is in no thread (nothing places it in
 * the chain), and a thread always holds two stories or more. Stories themselves are untouched: a
 * thread never merges them. The result depends only on the stories, never on their order.
 */
export function linkThreads(
  stories: readonly Story[],
  articles: readonly ExtractedArticle[],
  options: ThreadOptions = {},
): Thread[] {
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  // Only dated stories are steps of a subject (storySimilarity is 0 without a date), so threads
  // are made of them alone, their word weights too: an archive of undated text (pasted articles,
  // a feed without dates) makes no story profiles, a tenth of its rebuild's whole-archive work.
  const sorted = stories
    .filter((story) => spanOf(story.articleIds.flatMap((id) => articlesById.get(id) ?? [])))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sorted.length < 2) return [];
  const profiles = buildStoryProfiles(sorted, articlesById, options.bodyTerms);
  // Coded as the profiles' term vectors were made (termVectors): codeVectors of them all, already.
  const codedTerms = profiles.map((p) => p.codedTerms);
  const codedParties = codeVectors(profiles.map((p) => p.parties));
  // The candidate search of story grouping, over stories: pairs that share a heavy term or party.
  const asFeatures: ArticleFeatures[] = profiles.map((p, i) => ({
    index: i,
    terms: p.terms,
    parties: p.parties,
    codedTerms: codedTerms[i]!,
    codedParties: codedParties[i]!,
    eventDays: new Set<string>(),
    published: p.span,
    outlet: undefined,
  }));
  const edges: Edge[] = [];
  forEachCandidatePair(asFeatures, (i, j) => {
    const similarity = storySimilarity(profiles[i]!, profiles[j]!, codedTerms, codedParties);
    if (similarity >= MIN_EDGE) edges.push({ a: i, b: j, similarity });
  });
  const groups = averageLinkage(sorted.length, edges, options.threshold ?? THREAD_THRESHOLD).filter(
    (g) => g.length >= 2,
  );

  const start = (i: number): number => profiles[i]!.span?.earliest ?? Number.MAX_SAFE_INTEGER;
  const ordered = groups
    .map((g) => [...g].sort((x, y) => start(x) - start(y) || (sorted[x]!.id < sorted[y]!.id ? -1 : 1)))
    .sort((x, y) => start(x[0]!) - start(y[0]!) || (sorted[x[0]!]!.id < sorted[y[0]!]!.id ? -1 : 1));
  const titles = ordered.map((g) =>
    threadTitle(
      g.map((i) => profiles[i]!),
      sorted[g[0]!]!,
      articlesById,
    ),
  );
  const withIds = assignStoryIds(
    ordered.map((g, k) => ({ articleIds: g.map((i) => sorted[i]!.id), headline: titles[k]! })),
    options.previous ?? [],
  );
  return withIds.map((t, k) => ({ id: t.id, title: titles[k]!, storyIds: t.articleIds, formerIds: t.formerIds }));
}

/**
 * How likely two stories are steps of one subject, 0..1; 0 when either has no date, or they are concurrent or months
 * apart.
 */
function storySimilarity(
  a: StoryProfile,
  b: StoryProfile,
  terms: readonly CodedVector[],
  parties: readonly CodedVector[],
): number {
  const gap = storyGap(a, b);
  if (gap === undefined || gap < MIN_GAP_DAYS || gap > MAX_GAP_DAYS) return 0;
  let score = TERM_WEIGHT * cosineOfCoded(terms[a.index]!, terms[b.index]!);
  let weight = TERM_WEIGHT;
  if (a.parties.keys.length > 0 && b.parties.keys.length > 0) {
    score += PARTY_WEIGHT * cosineOfCoded(parties[a.index]!, parties[b.index]!);
    weight += PARTY_WEIGHT;
  }
  return score / weight;
}

/**
 * The parties most of its stories name, heaviest first ("Northwind Bank, Acme"); the earliest
 * story's first headline when no party is shared by half of them.
 */
function threadTitle(
  profiles: readonly StoryProfile[],
  earliest: Story,
  articlesById: ReadonlyMap<string, ExtractedArticle>,
): string {
  const weight = new Map<string, number>();
  const count = new Map<string, number>();
  for (const p of profiles) {
    p.parties.keys.forEach((id, k) => {
      weight.set(id, (weight.get(id) ?? 0) + p.parties.weights[k]!);
      count.set(id, (count.get(id) ?? 0) + 1);
    });
  }
  const names = new Map(profiles.flatMap((p) => [...p.names]));
  const key = [...weight]
    .filter(([id]) => count.get(id)! * 2 >= profiles.length)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, TITLE_PARTIES)
    .map(([id]) => names.get(id) ?? id);
  if (key.length > 0) return key.join(", ");
  return articlesById.get(earliest.articleIds[0]!)?.title ?? earliest.id;
}
