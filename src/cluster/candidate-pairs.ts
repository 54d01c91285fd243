import type { ArticleFeatures } from "./article-features.js";

// Each article is indexed under its heaviest terms and parties only: those are what two reports
// of one event share. The limits bound the work per article whatever the corpus size.
const TERM_KEYS = 12;
const PARTY_KEYS = 6;
// Within one key's posting list (sorted by date) an article is paired with this many neighbours
// on each side: articles of one event are close in time, so a common key never costs all pairs.
const WINDOW = 24;

/**
 * An article's index keys: its heaviest terms and parties, by weight then term (codes sort like
 * the terms they stand for), as integers: a term's code, or a party's after every term code.
 */
function keysOf(f: ArticleFeatures, partyOffset: number): number[] {
  const heaviest = (codes: Int32Array, weights: Float64Array, limit: number, offset: number): number[] => {
    const order = Array.from(codes.keys()).sort((x, y) => weights[y]! - weights[x]! || codes[x]! - codes[y]!);
    return order.slice(0, limit).map((k) => offset + codes[k]!);
  };
  return [
    ...heaviest(f.codedTerms.codes, f.codedTerms.weights, TERM_KEYS, 0),
    ...heaviest(f.codedParties.codes, f.codedParties.weights, PARTY_KEYS, partyOffset),
  ];
}

/** Sort keys pack (date, index) into one exact double while indices stay below this. */
const INDEX_SPAN = 2 ** 20;

/** Sorts a posting list by publication midpoint, then index (native numeric sort on packed keys). */
function sortByDate(list: number[], features: readonly ArticleFeatures[]): void {
  // earliest + latest orders like the midpoint and is an integer, so the packed key is exact.
  const twiceMid = (i: number): number => {
    const p = features[i]!.published;
    return p ? p.earliest + p.latest : 0;
  };
  if (features.length >= INDEX_SPAN) {
    list.sort((a, b) => twiceMid(a) - twiceMid(b) || a - b);
    return;
  }
  const keys = Float64Array.from(list, (i) => twiceMid(i) * INDEX_SPAN + i).sort();
  keys.forEach((key, x) => {
    list[x] = key - Math.floor(key / INDEX_SPAN) * INDEX_SPAN;
  });
}

/**
 * Pairs of articles worth comparing, from an inverted index over rare-enough keys. Linear in the
 * number of articles: at most (keys × 2 × WINDOW) pairs per article. Calls `visit(i, j)` once per
 * pair, i < j, in order of i then j.
 */
export function forEachCandidatePair(
  features: readonly ArticleFeatures[],
  visit: (i: number, j: number) => void,
): void {
  let partyOffset = 0;
  for (const f of features) for (const code of f.codedTerms.codes) partyOffset = Math.max(partyOffset, code + 1);
  const postings = new Map<number, number[]>();
  for (const f of features) {
    for (const key of keysOf(f, partyOffset)) {
      const list = postings.get(key);
      if (list) list.push(f.index);
      else postings.set(key, [f.index]);
    }
  }
  // Where each article sits in each of its (date-sorted) posting lists: its partners are the
  // WINDOW entries on either side there. Walking articles in order and collecting their later
  // partners gives every pair once, in order, without a set of all pairs (millions at 10,000).
  const lists: number[][] = [];
  const places: number[][] = features.map(() => []);
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    sortByDate(list, features);
    const at = lists.push(list) - 1;
    list.forEach((i, position) => places[i]!.push(at, position));
  }
  const stamp = new Int32Array(features.length).fill(-1);
  const found = new Int32Array(places.reduce((most, p) => Math.max(most, p.length), 1) * WINDOW);
  places.forEach((place, i) => {
    let count = 0;
    for (let k = 0; k < place.length; k += 2) {
      const list = lists[place[k]!]!;
      const position = place[k + 1]!;
      const end = Math.min(list.length, position + 1 + WINDOW);
      for (let y = Math.max(0, position - WINDOW); y < end; y++) {
        const j = list[y]!;
        if (j <= i || stamp[j] === i) continue;
        stamp[j] = i;
        found[count++] = j;
      }
    }
    const partners = found.subarray(0, count).sort();
    for (const j of partners) visit(i, j);
  });
}

/** The pairs of `forEachCandidatePair`, as sorted `[i, j]` (for tests and inspection). */
export function candidatePairs(features: readonly ArticleFeatures[]): [number, number][] {
  const pairs: [number, number][] = [];
  forEachCandidatePair(features, (i, j) => pairs.push([i, j]));
  return pairs;
}
