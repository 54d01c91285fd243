// The fast paths of clustering (candidate pairs without a pair set, dense-array cosines, the
// typed-array heap) against plain reference implementations: the same pairs, the same
// similarities to the last bit, the same groups.
import { describe, expect, it } from "vitest";
import type { ArticleFeatures } from "../../src/cluster/article-features.js";
import { averageLinkage, type Edge } from "../../src/cluster/average-linkage.js";
import { candidatePairs } from "../../src/cluster/candidate-pairs.js";
import { pairScorer, pairSimilarity } from "../../src/cluster/pair-similarity.js";
import { codeVectors, cosine, cosineOfCoded, toSparseVector } from "../../src/cluster/sparse-vector.js";
import { seededRandom as random } from "../seeded-random.js";

/** `count` articles over a small vocabulary (so keys are shared), some undated, some on the same day. */
function features(count: number, seed: number, tiedWeights = false): ArticleFeatures[] {
  const next = random(seed);
  const raw = Array.from({ length: count }, () => {
    const terms = new Map<string, number>();
    for (let k = 0; k < 30; k++)
      terms.set(`w${Math.floor(next() * 120)}`, tiedWeights ? 1 + Math.floor(next() * 3) : next());
    const parties = new Map<string, number>();
    for (let k = 0; k < 3; k++) parties.set(`p${Math.floor(next() * 15)}`, next());
    const day = 19_000 + Math.floor(next() * 40);
    return {
      terms: toSparseVector(terms, 20),
      parties: toSparseVector(parties),
      eventDays: new Set(next() < 0.5 ? [`2024-03-${String(1 + Math.floor(next() * 3)).padStart(2, "0")}`] : []),
      published: next() < 0.1 ? undefined : { earliest: day, latest: day + (next() < 0.2 ? 30 : 0) },
    };
  });
  const terms = codeVectors(raw.map((r) => r.terms));
  const parties = codeVectors(raw.map((r) => r.parties));
  // Outlets from the index, so the random stream (and the reference pairs) stay as they were.
  const outlet = (index: number): string | undefined => (index % 3 === 0 ? undefined : `outlet-${index % 2}`);
  return raw.map((r, index) => ({
    ...r,
    index,
    codedTerms: terms[index]!,
    codedParties: parties[index]!,
    outlet: outlet(index),
  }));
}

/** The plain version: every posting list's window pairs through a set, sorted at the end. */
function referencePairs(list: readonly ArticleFeatures[], window = 24): [number, number][] {
  const heaviest = (keys: string[], weights: number[], limit: number) =>
    keys
      .map((k, i) => [k, weights[i]!] as const)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, limit)
      .map(([k]) => k);
  const postings = new Map<string, number[]>();
  for (const f of list) {
    for (const key of [
      ...heaviest(f.terms.keys, f.terms.weights, 12).map((k) => `t:${k}`),
      ...heaviest(f.parties.keys, f.parties.weights, 6).map((k) => `e:${k}`),
    ]) {
      postings.set(key, [...(postings.get(key) ?? []), f.index]);
    }
  }
  const mid = (i: number) => (list[i]!.published ? (list[i]!.published!.earliest + list[i]!.published!.latest) / 2 : 0);
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  for (const posting of postings.values()) {
    posting.sort((a, b) => mid(a) - mid(b) || a - b);
    for (let x = 0; x < posting.length; x++) {
      for (let y = x + 1; y < Math.min(posting.length, x + 1 + window); y++) {
        const pair: [number, number] = [Math.min(posting[x]!, posting[y]!), Math.max(posting[x]!, posting[y]!)];
        if (!seen.has(pair.join())) pairs.push(pair);
        seen.add(pair.join());
      }
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

describe("candidatePairs", () => {
  it.each([1, 2, 3])("gives the reference's pairs, once each, in order (seed %i)", (seed) => {
    const list = features(400, seed);
    const pairs = candidatePairs(list);
    expect(pairs.length).toBeGreaterThan(1000);
    expect(pairs).toEqual(referencePairs(list));
  });

  it("breaks ties among the heaviest keys as the reference does (by key)", () => {
    const list = features(400, 5, true);
    const pairs = candidatePairs(list);
    expect(pairs.length).toBeGreaterThan(1000);
    expect(pairs).toEqual(referencePairs(list));
  });

  it("gives no pairs for one article or none", () => {
    expect(candidatePairs(features(1, 4))).toEqual([]);
    expect(candidatePairs([])).toEqual([]);
  });
});

describe("toSparseVector", () => {
  /** The plain version: every entry sorted by weight, then by key, the first `limit` kept. */
  function referenceVector(weights: Map<string, number>, limit = Infinity) {
    let entries = [...weights].filter(([, w]) => w > 0);
    if (entries.length > limit) {
      entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      entries = entries.slice(0, limit);
    }
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return { keys: entries.map(([k]) => k), weights: entries.map(([, w]) => w / norm) };
  }

  it("keeps the heaviest entries, ties by key, as sorting every entry does, to the last bit", () => {
    const next = random(7);
    let truncatedWithTies = 0;
    for (let round = 0; round < 400; round++) {
      const weights = new Map<string, number>();
      const size = Math.floor(next() * 60);
      // Weights from a few values (many ties at the cut), some zero or negative (left out).
      for (let k = 0; k < size; k++)
        weights.set(`w${Math.floor(next() * 200)}`, round % 2 === 0 ? Math.floor(next() * 6) - 1 : next());
      const limit = 1 + Math.floor(next() * 30);
      const expected = referenceVector(weights, limit);
      expect(toSparseVector(weights, limit)).toEqual(expected);
      expect(toSparseVector(weights)).toEqual(referenceVector(weights));
      const kept = [...weights.values()].filter((w) => w > 0).sort((a, b) => b - a);
      if (kept.length > limit && kept[limit - 1] === kept[limit]) truncatedWithTies++;
    }
    // The cut fell among tied weights often enough for the tie rule to be tested.
    expect(truncatedWithTies).toBeGreaterThan(50);
  });
});

describe("coded vectors and the pair scorer", () => {
  const list = features(300, 7);

  it("keeps cosine exact with integer keys", () => {
    for (let i = 0; i + 1 < list.length; i += 3) {
      expect(cosineOfCoded(list[i]!.codedTerms, list[i + 1]!.codedTerms)).toBe(
        cosine(list[i]!.terms, list[i + 1]!.terms),
      );
    }
  });

  it("scores every candidate pair exactly as pairSimilarity does, and some differently from 0", () => {
    const score = pairScorer(list);
    let positive = 0;
    for (const [i, j] of candidatePairs(list)) {
      const fast = score(i, j);
      expect(fast).toBe(pairSimilarity(list[i]!, list[j]!));
      if (fast > 0) positive++;
    }
    expect(positive).toBeGreaterThan(100);
  });
});

describe("averageLinkage", () => {
  it("merges by the highest mean first and stops below the threshold (hand-checked)", () => {
    // 0-1 (0.9) merge first; {0,1}-2 has mean (0.5 + 0.3) / 2 = 0.4; 3-4 (0.35); 4-5 (0.1) stays below 0.2.
    const edges: Edge[] = [
      { a: 0, b: 1, similarity: 0.9 },
      { a: 0, b: 2, similarity: 0.5 },
      { a: 1, b: 2, similarity: 0.3 },
      { a: 3, b: 4, similarity: 0.35 },
      { a: 4, b: 5, similarity: 0.1 },
      { a: 2, b: 3, similarity: 0.05 },
    ];
    expect(averageLinkage(6, edges, 0.2)).toEqual([[0, 1, 2], [3, 4], [5]]);
    expect(averageLinkage(6, edges, 0.45)).toEqual([[0, 1], [2], [3], [4], [5]]);
  });

  it.each([11, 12, 13])(
    "gives the same groups whatever the order of the edges, with many equal scores (seed %i)",
    (seed) => {
      const next = random(seed);
      const edges: Edge[] = [];
      for (let k = 0; k < 3000; k++) {
        const a = Math.floor(next() * 500);
        const b = Math.floor(next() * 500);
        if (a !== b) edges.push({ a, b, similarity: Math.ceil(next() * 4) / 4 });
      }
      const groups = averageLinkage(500, edges, 0.2);
      expect(groups.some((g) => g.length > 3)).toBe(true);
      expect(averageLinkage(500, [...edges].reverse(), 0.2)).toEqual(groups);
    },
  );

  it.each([21, 22, 23, 24])(
    "gives the groups of a reference that keeps every pair in its queue, weak ones included (seed %i)",
    (seed) => {
      // Mostly weak edges, as in an archive, with some strong ones and ties at the threshold: groups
      // grow through sums of weak edges as well as strong ones.
      const next = random(seed);
      const edges: Edge[] = [];
      for (let k = 0; k < 2500; k++) {
        const a = Math.floor(next() * 250);
        const b = Math.floor(next() * 250);
        const strong = next() < 0.15;
        if (a !== b) edges.push({ a, b, similarity: strong ? 0.2 + Math.floor(next() * 5) / 10 : next() * 0.2 });
      }
      let merged = 0;
      for (const threshold of [0.05, 0.2, 0.25, 0.4]) {
        const groups = averageLinkage(250, edges, threshold);
        expect(groups).toEqual(referenceAverageLinkage(250, edges, threshold));
        merged += 250 - groups.length;
      }
      expect(merged).toBeGreaterThan(100);
    },
  );
});

/**
 * Average linkage as it was before the queue kept only pairs that reach the threshold: every
 * pair of linked groups enters the queue, the weakest too. Ties and summation order as there.
 */
function referenceAverageLinkage(count: number, edges: readonly Edge[], threshold: number): number[][] {
  const size = new Array<number>(count).fill(1);
  const members: number[][] = Array.from({ length: count }, (_, i) => [i]);
  const alive = new Array<boolean>(count).fill(true);
  const links: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  const queue: [number, number, number][] = [];
  for (const { a, b, similarity } of edges) {
    if (a === b || similarity <= 0) continue;
    links[a]!.set(b, (links[a]!.get(b) ?? 0) + similarity);
    links[b]!.set(a, (links[b]!.get(a) ?? 0) + similarity);
  }
  const mean = (a: number, b: number): number => (links[a]!.get(b) ?? 0) / (size[a]! * size[b]!);
  for (let a = 0; a < count; a++) for (const b of links[a]!.keys()) if (a < b) queue.push([mean(a, b), a, b]);
  const first = (x: [number, number, number], y: [number, number, number]) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2];
  while (queue.length > 0) {
    queue.sort(first);
    const [score, a, b] = queue.shift()!;
    if (score < threshold) break;
    if (!alive[a] || !alive[b] || mean(a, b) !== score) continue;
    alive[b] = false;
    size[a]! += size[b]!;
    for (const member of members[b]!) members[a]!.push(member);
    members[b] = [];
    const linksA = links[a]!;
    linksA.delete(b);
    for (const [c, s] of links[b]!) {
      if (c === a) continue;
      linksA.set(c, (linksA.get(c) ?? 0) + s);
      links[c]!.delete(b);
      links[c]!.set(a, linksA.get(c)!);
    }
    links[b] = new Map();
    for (const c of linksA.keys()) queue.push([mean(a, c), Math.min(a, c), Math.max(a, c)]);
  }
  return members.filter((_, i) => alive[i]).map((m) => m.sort((x, y) => x - y));
}
