import { slugify, uniqueSlug } from "../text/slugify.js";
import type { Story } from "../types.js";

/** A group of articles before it has an id. */
export interface StoryGroup {
  /** Article ids, oldest first. */
  articleIds: string[];
  /** The id pinned by front matter `story:`, when the group is a pin. */
  pin?: string;
  /** The headline to derive a new id from (its earliest article's title). */
  headline: string;
}

/** A story of the previous build. */
export interface PreviousStoryIds {
  id: string;
  articleIds: string[];
  /** Ids it had already absorbed, so their redirects survive later builds. */
  formerIds?: string[];
}

const ID_LENGTH = 60;

/**
 * Gives every group a stable id. A pin is the id. Otherwise a group keeps the id of the previous
 * story it shares most articles with (each previous id goes to one group: the one sharing most);
 * the rest get a new slug of their headline. A previous id that no group keeps is retired into
 * `formerIds` of the group holding most of its articles, so its URL can redirect there.
 * Groups must come in a deterministic order; new slugs are made in that order.
 */
export function assignStoryIds(groups: readonly StoryGroup[], previous: readonly PreviousStoryIds[] = []): Story[] {
  const ids: (string | undefined)[] = groups.map((g) =>
    g.pin !== undefined ? slugify(g.pin, ID_LENGTH) || "story" : undefined,
  );
  const pinned = new Set(ids.filter((id): id is string => id !== undefined));
  const previousOf = new Map<string, string>();
  for (const p of previous) for (const a of p.articleIds) previousOf.set(a, p.id);

  // Overlap of each group with each previous story.
  const overlaps: { group: number; prev: string; shared: number }[] = [];
  const groupOverlap = groups.map((g) => {
    const counts = new Map<string, number>();
    for (const a of g.articleIds) {
      const p = previousOf.get(a);
      if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    return counts;
  });
  groupOverlap.forEach((counts, group) => {
    if (ids[group] !== undefined) return;
    for (const [prev, shared] of counts) overlaps.push({ group, prev, shared });
  });
  overlaps.sort((x, y) => y.shared - x.shared || x.group - y.group || (x.prev < y.prev ? -1 : x.prev > y.prev ? 1 : 0));
  const kept = new Set<string>(pinned);
  for (const { group, prev } of overlaps) {
    if (ids[group] !== undefined || kept.has(prev)) continue;
    ids[group] = prev;
    kept.add(prev);
  }

  // New ids never reuse one a reader may have bookmarked: current, previous or retired.
  const taken = new Set<string>([...kept]);
  for (const p of previous) {
    taken.add(p.id);
    for (const f of p.formerIds ?? []) taken.add(f);
  }
  groups.forEach((g, i) => {
    if (ids[i] === undefined) ids[i] = uniqueSlug(slugify(g.headline, ID_LENGTH) || "story", taken);
  });

  const formerIds: Set<string>[] = groups.map(() => new Set());
  const indexOfId = new Map<string, number>();
  ids.forEach((id, i) => indexOfId.set(id!, i));
  for (const p of previous) {
    const carried = p.formerIds ?? [];
    const keeper = indexOfId.get(p.id);
    if (keeper !== undefined) {
      for (const f of carried) formerIds[keeper]!.add(f);
      continue;
    }
    // Retired: redirect to the group that holds most of its articles (first such group on a tie).
    let best = -1;
    let bestShared = 0;
    groupOverlap.forEach((counts, i) => {
      const shared = counts.get(p.id) ?? 0;
      if (shared > bestShared) {
        best = i;
        bestShared = shared;
      }
    });
    if (best < 0) continue;
    formerIds[best]!.add(p.id);
    for (const f of carried) formerIds[best]!.add(f);
  }

  return groups.map((g, i) => {
    const id = ids[i]!;
    // No current id redirects: its own URL is a page. Tested over the few ids it absorbed, not over
    // every story's (that was a story count squared: 81 million steps at 9,000 stories).
    const absorbed = formerIds[i]!;
    for (const former of absorbed) if (indexOfId.has(former)) absorbed.delete(former);
    return { id, articleIds: [...g.articleIds], formerIds: [...formerIds[i]!].sort() };
  });
}
