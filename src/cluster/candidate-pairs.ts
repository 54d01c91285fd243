import type { ArticleFeatures } from "./article-features.js";

// Each article is indexed under its heaviest terms and parties only: those are what two reports
// of one event share. The limits bound the work per article whatever the corpus size.
const TERM_KEYS = 12;
const PARTY_KEYS = 6;
// Within one key's posting list (sorted by date) an article is paired with this many neighbours
// on each side: articles of one event are close in time, so a common key never costs all pairs.
const WINDOW = 24;

/** The selection's working space (limit entries at most). */
const scratch = new Int32Array(Math.max(TERM_KEYS, PARTY_KEYS));

/**
 * Appends to `out` (from `at`) the `limit` heaviest entries' codes plus `offset`, heaviest first,
 * ties by code (codes sort like the terms they stand for); returns the new end. A selection into
 * a short sorted run: sorting all 80 of an article's terms to keep 12 was most of the indexing.
 */
function heaviest(
  codes: Int32Array,
  weights: Float64Array,
  limit: number,
  offset: number,
  out: Int32Array,
  at: number,
): number {
  const size = Math.min(limit, codes.length);
  const chosen = scratch;
  let count = 0;
  const before = (x: number, y: number): boolean =>
    weights[x]! > weights[y]! || (weights[x] === weights[y] && codes[x]! < codes[y]!);
  for (let k = 0; k < codes.length; k++) {
    if (count === size && !before(k, chosen[count - 1]!)) continue;
    let place = count < size ? count++ : count - 1;
    while (place > 0 && before(k, chosen[place - 1]!)) {
      chosen[place] = chosen[place - 1]!;
      place--;
    }
    chosen[place] = k;
  }
  for (let k = 0; k < count; k++) out[at + k] = offset + codes[chosen[k]!]!;
  return at + count;
}

/** Sort keys pack (date, index) into one exact double while indices stay below this. */
const INDEX_SPAN = 2 ** 20;

/** Sorts `list[from..to)` (article indices) by publication midpoint, then index. */
function sortByDate(list: Int32Array, from: number, to: number, features: readonly ArticleFeatures[]): void {
  // earliest + latest orders like the midpoint and is an integer, so the packed key is exact.
  const twiceMid = (i: number): number => {
    const p = features[i]!.published;
    return p ? p.earliest + p.latest : 0;
  };
  if (features.length >= INDEX_SPAN) {
    const sorted = Array.from(list.subarray(from, to)).sort((a, b) => twiceMid(a) - twiceMid(b) || a - b);
    list.set(sorted, from);
    return;
  }
  const keys = new Float64Array(to - from);
  for (let x = from; x < to; x++) keys[x - from] = twiceMid(list[x]!) * INDEX_SPAN + list[x]!;
  keys.sort();
  keys.forEach((key, x) => {
    list[from + x] = key - Math.floor(key / INDEX_SPAN) * INDEX_SPAN;
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
  const n = features.length;
  // Every article's keys, one run each: a term's code, or a party's after every term code.
  let partyOffset = 0;
  let partyCodes = 0;
  for (const f of features) {
    for (const code of f.codedTerms.codes) partyOffset = Math.max(partyOffset, code + 1);
    for (const code of f.codedParties.codes) partyCodes = Math.max(partyCodes, code + 1);
  }
  const keys = new Int32Array(n * (TERM_KEYS + PARTY_KEYS));
  const keysFrom = new Int32Array(n + 1);
  let end = 0;
  features.forEach((f, i) => {
    keysFrom[i] = end;
    end = heaviest(f.codedTerms.codes, f.codedTerms.weights, TERM_KEYS, 0, keys, end);
    end = heaviest(f.codedParties.codes, f.codedParties.weights, PARTY_KEYS, partyOffset, keys, end);
  });
  keysFrom[n] = end;

  // The posting lists, one run per key in `members` (articles in index order, then by date).
  const listFrom = new Int32Array(partyOffset + partyCodes + 1);
  for (let s = 0; s < end; s++) listFrom[keys[s]! + 1]!++;
  for (let key = 0; key + 1 < listFrom.length; key++) listFrom[key + 1]! += listFrom[key]!;
  const members = new Int32Array(end);
  const filled = listFrom.slice(0, -1);
  for (let i = 0; i < n; i++) for (let s = keysFrom[i]!; s < keysFrom[i + 1]!; s++) members[filled[keys[s]!]!++] = i;
  // Where each article sits in the (date-sorted) list of each of its keys.
  const position = new Int32Array(end);
  for (let key = 0; key + 1 < listFrom.length; key++) {
    const from = listFrom[key]!;
    const to = listFrom[key + 1]!;
    if (to - from < 2) continue;
    sortByDate(members, from, to, features);
    for (let x = from; x < to; x++) {
      // The article's slot for this key: its keys are few, so a scan finds it.
      let s = keysFrom[members[x]!]!;
      while (keys[s] !== key) s++;
      position[s] = x;
    }
  }
  const seenAt = new Int32Array(n).fill(-1);

  // Walking articles in order and collecting their later partners (the WINDOW entries on either
  // side in each list) gives every pair once, in order, without a set of all pairs (millions at 10,000).
  const found = new Int32Array(Math.max(1, (TERM_KEYS + PARTY_KEYS) * 2 * WINDOW));
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let s = keysFrom[i]!; s < keysFrom[i + 1]!; s++) {
      const key = keys[s]!;
      const from = listFrom[key]!;
      const to = listFrom[key + 1]!;
      if (to - from < 2) continue;
      const at = position[s]!;
      const stop = Math.min(to, at + 1 + WINDOW);
      for (let y = Math.max(from, at - WINDOW); y < stop; y++) {
        const j = members[y]!;
        if (j <= i || seenAt[j] === i) continue;
        seenAt[j] = i;
        found[count++] = j;
      }
    }
    const partners = found.subarray(0, count).sort();
    for (const j of partners) visit(i, j);
  }
}

/** The pairs of `forEachCandidatePair`, as sorted `[i, j]` (for tests and inspection). */
export function candidatePairs(features: readonly ArticleFeatures[]): [number, number][] {
  const pairs: [number, number][] = [];
  forEachCandidatePair(features, (i, j) => pairs.push([i, j]));
  return pairs;
}
