import type { RelatedStory, StoryView } from "../types.js";

const MAX_RELATED = 5;
// An entity in more stories than this says little about relatedness (every story names the
// United States); it still counts in the score, but is not used to find candidates, which keeps
// the work per story bounded however large the site.
const MAX_POSTING = 200;
const TOPIC_WEIGHT = 0.5;

/**
 * Related stories for each story, found through the parties they share (an inverted index, not
 * all pairs): score = sum of the shared parties' rarity (IDF over stories) plus a little per
 * shared topic; `why` names what they share.
 */
export function relatedStories(stories: readonly StoryView[]): Map<string, RelatedStory[]> {
  const byParty = new Map<string, number[]>();
  stories.forEach((s, i) => {
    for (const p of s.parties) {
      const list = byParty.get(p.id) ?? [];
      list.push(i);
      byParty.set(p.id, list);
    }
  });
  const rarity = new Map<string, number>();
  for (const [id, list] of byParty) rarity.set(id, Math.log(1 + stories.length / list.length));
  // The stories of each party too common to find candidates, as a flag per story: such a party
  // adds its rarity to the candidates that share it, found by looking each candidate up rather
  // than by walking its list (most of the work at 10,000 articles, where a country's list is
  // thousands of stories long).
  const common = new Map<string, Uint8Array>();
  for (const [id, list] of byParty)
    if (list.length > MAX_POSTING) {
      const member = new Uint8Array(stories.length);
      for (const j of list) member[j] = 1;
      common.set(id, member);
    }
  const partySets = stories.map((s) => new Set(s.parties.map((p) => p.id)));
  const topicSets = stories.map((s) => new Set(s.topics.map((t) => t.iptc)));
  // Topics by number, each story's once each: a candidate's shared topics are counted by array
  // lookups, not by a set of strings per story and topic.
  const topicNumbers = new Map<string, number>();
  const topicsOf = topicSets.map((set) =>
    Int32Array.from(set, (iptc) => {
      let number = topicNumbers.get(iptc);
      if (number === undefined) topicNumbers.set(iptc, (number = topicNumbers.size));
      return number;
    }),
  );
  /** How many times the story at hand lists each topic (its list may repeat one). */
  const times = new Int32Array(topicNumbers.size);
  const out = new Map<string, RelatedStory[]>();
  // Per other story: the rarity of the parties it shares with this one; the candidates are the
  // stories on this story's lists of parties that are not too common.
  const shared = new Float64Array(stories.length);
  const isCandidate = new Uint8Array(stories.length);
  // Indexed loops: this runs for every story over thousands of candidates at 10,000 articles,
  // where iterating arrays with for-of allocated a quarter of the stage's garbage.
  for (let i = 0; i < stories.length; i++) {
    const story = stories[i]!;
    const parties = story.parties;
    const candidates: number[] = [];
    for (let q = 0; q < parties.length; q++) {
      const id = parties[q]!.id;
      if (common.has(id)) continue;
      const list = byParty.get(id)!;
      for (let y = 0; y < list.length; y++) {
        const j = list[y]!;
        if (j !== i && isCandidate[j] === 0) {
          isCandidate[j] = 1;
          candidates.push(j);
        }
      }
    }
    // Each candidate's shared rarity, added in this story's party order (the order, and so the
    // sum to the last bit, of adding each party's rarity to every story on its list).
    for (let q = 0; q < parties.length; q++) {
      const id = parties[q]!.id;
      const rarityOf = rarity.get(id)!;
      const member = common.get(id);
      if (member) {
        for (let c = 0; c < candidates.length; c++) {
          const j = candidates[c]!;
          if (member[j] === 1) shared[j] = shared[j]! + rarityOf;
        }
        continue;
      }
      const list = byParty.get(id)!;
      for (let y = 0; y < list.length; y++) {
        const j = list[y]!;
        if (j !== i) shared[j] = shared[j]! + rarityOf;
      }
    }
    for (const t of story.topics) times[topicNumbers.get(t.iptc)!]!++;
    // Scores first; the `why` text only for the few kept (it was most of the work for the rest).
    // The best few are kept as they come (score, then id: a total order, so the same few in the
    // same order as sorting them all). A candidate that could not make the list even if it
    // shared every topic is not scored: rounding and adding never turn a lower bound higher.
    const scored: { j: number; id: string; score: number }[] = [];
    const allTopics = TOPIC_WEIGHT * story.topics.length;
    for (let c = 0; c < candidates.length; c++) {
      const j = candidates[c]!;
      if (scored.length === MAX_RELATED && rounded(shared[j]! + allTopics) < scored[MAX_RELATED - 1]!.score) continue;
      let sharedTopics = 0;
      const topics = topicsOf[j]!;
      for (let k = 0; k < topics.length; k++) sharedTopics += times[topics[k]!]!;
      const score = shared[j]! + TOPIC_WEIGHT * sharedTopics;
      keepBest(scored, { j, id: stories[j]!.id, score: rounded(score) });
    }
    for (const t of story.topics) times[topicNumbers.get(t.iptc)!] = 0;
    for (let c = 0; c < candidates.length; c++) {
      shared[candidates[c]!] = 0;
      isCandidate[candidates[c]!] = 0;
    }
    out.set(
      story.id,
      scored.map(({ j, score }) => {
        const other = stories[j]!;
        const sharedParties = story.parties.filter((p) => partySets[j]!.has(p.id));
        const sharedTopics = story.topics.filter((t) => topicSets[j]!.has(t.iptc));
        return {
          id: other.id,
          name: other.headline,
          url: other.url,
          why: relatedWhy(sharedParties, sharedTopics),
          score,
        };
      }),
    );
  }
  return out;
}

/** A score as shown and compared: to three decimals. */
const rounded = (score: number): number => Math.round(score * 1000) / 1000;

/** Parties a reason names at most, and topics when no party is shared. */
const WHY_PARTIES = 3;
const WHY_TOPICS = 2;

/**
 * The reason a reader sees beside a related story: the first shared parties in the story's own
 * order (its most important first), else the shared topics. Every shared party and topic is on
 * both stories' pages and records; listing them all was a fifth of a story page (issue 16).
 */
export function relatedWhy(parties: readonly { name: string }[], topics: readonly { name: string }[]): string {
  if (parties.length > 0)
    return `with ${parties
      .slice(0, WHY_PARTIES)
      .map((p) => p.name)
      .join(", ")}`;
  return topics.length > 0
    ? `on ${topics
        .slice(0, WHY_TOPICS)
        .map((t) => t.name)
        .join(", ")}`
    : "";
}

/** Inserts `entry` into `best` (highest score first, then id), keeping at most MAX_RELATED. */
function keepBest<T extends { id: string; score: number }>(best: T[], entry: T): void {
  const before = (a: { id: string; score: number }, b: { id: string; score: number }): boolean =>
    a.score > b.score || (a.score === b.score && a.id < b.id);
  if (best.length === MAX_RELATED && !before(entry, best[MAX_RELATED - 1]!)) return;
  let k = best.length;
  while (k > 0 && before(entry, best[k - 1]!)) k--;
  best.splice(k, 0, entry);
  if (best.length > MAX_RELATED) best.pop();
}
