// Term vectors over numbered terms against the plain path they replace (a map of weights per
// document, toSparseVector, codeVectors): the same keys, codes and weights, to the last bit.
import { describe, expect, it } from "vitest";
import type { TermCounts } from "../../src/cluster/body-terms.js";
import { codeVectors, toSparseVector } from "../../src/cluster/sparse-vector.js";
import { TermTally, termVectors } from "../../src/cluster/term-vectors.js";
import { seededRandom as random } from "../seeded-random.js";

describe("termVectors", () => {
  it.each([1, 2, 3])("gives toSparseVector's vectors and codeVectors' codes, to the last bit (seed %i)", (seed) => {
    const next = random(seed);
    // Terms numbered out of alphabetical order; few distinct counts and idfs, so many weights tie at the cut.
    const vocabulary = Array.from({ length: 400 }, (_, id) => `w${(id * 7919) % 400}`);
    const idf = Float64Array.from(vocabulary, () => (next() < 0.05 ? 0 : Math.ceil(next() * 4) / 2));
    const documents: TermCounts[] = Array.from({ length: 60 }, () => {
      const tally = new TermTally();
      const size = Math.floor(next() * 150);
      for (let k = 0; k < size; k++) tally.add(Math.floor(next() * vocabulary.length), 1 + Math.floor(next() * 3));
      return tally.take();
    });
    const limit = 40;
    const { vectors, coded } = termVectors(documents, idf, limit, (id) => vocabulary[id]!);

    const reference = documents.map(({ ids, counts }) => {
      const weights = new Map<string, number>();
      ids.forEach((id, k) => weights.set(vocabulary[id]!, (1 + Math.log(counts[k]!)) * idf[id]!));
      return toSparseVector(weights, limit);
    });
    expect(vectors).toEqual(reference);
    const referenceCodes = codeVectors(reference);
    coded.forEach((vector, index) => {
      expect([...vector.codes]).toEqual([...referenceCodes[index]!.codes]);
      expect([...vector.weights]).toEqual([...referenceCodes[index]!.weights]);
    });
    // The cut was reached, with ties at it, and some weights were zero.
    expect(vectors.some((v) => v.keys.length === limit)).toBe(true);
    expect(documents.some(({ ids }) => ids.some((id) => idf[id] === 0))).toBe(true);
  });
});

describe("TermTally", () => {
  it("adds the counts of each term, in the order first added, and starts afresh after each take", () => {
    const tally = new TermTally();
    tally.add(5, 1);
    tally.add(3000, 2);
    tally.add(5, 3);
    expect(tally.take()).toEqual({ ids: Int32Array.from([5, 3000]), counts: Int32Array.from([4, 2]) });
    tally.add(3000, 1);
    expect(tally.take()).toEqual({ ids: Int32Array.from([3000]), counts: Int32Array.from([1]) });
  });
});
