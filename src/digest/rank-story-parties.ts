import { isParty } from "../cluster/article-features.js";
import type { EntityRef, ExtractedArticle, TopicRef } from "../types.js";
import { entityRef, type MergedEntity } from "./entity-registry.js";
import { topicUrl } from "./site-urls.js";

const MAX_PARTIES = 10;
const MAX_TOPICS = 5;
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** A story's parties by id, with their summed salience, most salient first. */
export type RankedParties = readonly (readonly [id: string, salience: number])[];

/**
 * The story's parties, ranked by salience summed over its articles: an entity central in every
 * report outranks one named once. Entities only cited as sources (outlets, "according to") are
 * not parties. Which entities have a page does not change it: the site data ranks each story
 * once, to decide the pages and then to cite the parties (`partyRefs`).
 */
export function rankStoryParties(
  articles: readonly ExtractedArticle[],
  entities: ReadonlyMap<string, MergedEntity>,
): RankedParties {
  const scores = new Map<string, number>();
  for (const a of articles)
    for (const e of a.entities) if (isParty(e)) scores.set(e.id, (scores.get(e.id) ?? 0) + e.salience);
  return [...scores]
    .filter(([id]) => entities.has(id) && entities.get(id)!.kind !== "outlet")
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_PARTIES);
}

/** The ranked parties as a story cites them: each with its page, when it has one, and its score. */
export function partyRefs(
  ranked: RankedParties,
  entities: ReadonlyMap<string, MergedEntity>,
): (EntityRef & { score: number })[] {
  return ranked.map(([id, score]) => ({ ...entityRef(entities.get(id)!), score: round(score) }));
}

/**
 * The story's topics: each article's scores averaged over the story (a topic of one report in three counts a third).
 */
export function mergeStoryTopics(articles: readonly ExtractedArticle[]): (TopicRef & { score: number })[] {
  const merged = new Map<string, TopicRef & { score: number }>();
  for (const a of articles) {
    for (const t of a.topics) {
      const m = merged.get(t.iptc) ?? { id: t.id, name: t.label, url: topicUrl(t.id), iptc: t.iptc, score: 0 };
      m.score += t.score / articles.length;
      merged.set(t.iptc, m);
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.score - a.score || (a.iptc < b.iptc ? -1 : 1))
    .slice(0, MAX_TOPICS)
    .map((t) => ({ ...t, score: round(t.score) }));
}
