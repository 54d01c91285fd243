import type { ArticleFeatures } from "./article-features.js";

// Each article is indexed under its heaviest terms and parties only: those are what two reports
// of one event share. The limits bound the work per article whatever the corpus size.
const TERM_KEYS = 12;
const PARTY_KEYS = 6;
// Within one key's posting list (sorted by date) an article is paired with this many neighbours
// on each side: articles of one event are close in time, so a common key never costs all pairs.
const WINDOW = 24;

function keysOf(f: ArticleFeatures): string[] {
  const heaviest = (keys: string[], weights: number[], limit: number): string[] =>
    keys
      .map((k, i) => [k, weights[i]!] as const)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, limit)
      .map(([k]) => k);
  return [
    ...heaviest(f.terms.keys, f.terms.weights, TERM_KEYS).map((k) => `t:${k}`),
    ...heaviest(f.parties.keys, f.parties.weights, PARTY_KEYS).map((k) => `e:${k}`),
  ];
}

/**
 * Pairs of articles worth comparing, from an inverted index over rare-enough keys. Linear in the
 * number of articles: at most (keys × 2 × WINDOW) pairs per article. Returned as sorted `[i, j]`, i < j.
 */
export function candidatePairs(features: readonly ArticleFeatures[]): [number, number][] {
  const postings = new Map<string, number[]>();
  for (const f of features) {
    for (const key of keysOf(f)) {
      const list = postings.get(key);
      if (list) list.push(f.index);
      else postings.set(key, [f.index]);
    }
  }
  const mid = (i: number): number => {
    const p = features[i]!.published;
    return p ? (p.earliest + p.latest) / 2 : 0;
  };
  const seen = new Set<number>();
  const n = features.length;
  const pairs: [number, number][] = [];
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => mid(a) - mid(b) || a - b);
    for (let x = 0; x < list.length; x++) {
      const end = Math.min(list.length, x + 1 + WINDOW);
      for (let y = x + 1; y < end; y++) {
        const i = Math.min(list[x]!, list[y]!);
        const j = Math.max(list[x]!, list[y]!);
        const code = i * n + j;
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
