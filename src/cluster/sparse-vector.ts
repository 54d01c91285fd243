/** A sparse vector: parallel arrays sorted by key, so two vectors meet in one merge pass. */
export interface SparseVector {
  keys: string[];
  weights: number[];
}

/**
 * Builds an L2-normalised sparse vector from weights, keeping the `limit` heaviest entries (ties
 * broken by key, so truncation does not depend on insertion order). Grouping makes one for every
 * article at every build: the heaviest are found from the limit-th largest weight, a numeric sort
 * of a typed array, rather than by sorting every entry with a comparator (issue 13).
 */
export function toSparseVector(weights: ReadonlyMap<string, number>, limit = Infinity): SparseVector {
  const allKeys: string[] = [];
  const allWeights: number[] = [];
  for (const [k, w] of weights)
    if (w > 0) {
      allKeys.push(k);
      allWeights.push(w);
    }
  let kept = allKeys.map((_, i) => i);
  if (kept.length > limit) {
    const threshold = Float64Array.from(allWeights).sort()[allWeights.length - limit]!;
    const above = kept.filter((i) => allWeights[i]! > threshold);
    const tied = kept.filter((i) => allWeights[i] === threshold).sort((a, b) => (allKeys[a]! < allKeys[b]! ? -1 : 1));
    kept = [...above, ...tied.slice(0, limit - above.length)];
  }
  kept.sort((a, b) => (allKeys[a]! < allKeys[b]! ? -1 : allKeys[a]! > allKeys[b]! ? 1 : 0));
  let sum = 0;
  for (const i of kept) sum += allWeights[i]! * allWeights[i]!;
  const norm = Math.sqrt(sum) || 1;
  return { keys: kept.map((i) => allKeys[i]!), weights: kept.map((i) => allWeights[i]! / norm) };
}

/** Cosine of two normalised sparse vectors. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const ka = a.keys[i]!;
    const kb = b.keys[j]!;
    if (ka === kb) sum += a.weights[i++]! * b.weights[j++]!;
    else if (ka < kb) i++;
    else j++;
  }
  return sum;
}

/** Keys present in both vectors. */
export function sharedKeys(a: SparseVector, b: SparseVector): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const ka = a.keys[i]!;
    const kb = b.keys[j]!;
    if (ka === kb) {
      out.push(ka);
      i++;
      j++;
    } else if (ka < kb) i++;
    else j++;
  }
  return out;
}

/**
 * A sparse vector with its keys replaced by integer codes that sort like the keys did, so the
 * merge in `cosineOfCoded` meets shared keys in the same order, and adds the same products in the
 * same order, as `cosine`: the same result to the last bit, without comparing strings.
 */
export interface CodedVector {
  codes: Int32Array;
  weights: Float64Array;
}

/** Codes every vector's keys by their rank among all the keys of all the vectors. */
export function codeVectors(vectors: readonly SparseVector[]): CodedVector[] {
  const vocabulary = new Set<string>();
  for (const v of vectors) for (const k of v.keys) vocabulary.add(k);
  const sorted = [...vocabulary].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const code = new Map(sorted.map((k, i) => [k, i]));
  return vectors.map((v) => ({
    codes: Int32Array.from(v.keys, (k) => code.get(k)!),
    weights: Float64Array.from(v.weights),
  }));
}

/** `cosine` over coded vectors (typed arrays, or plain arrays of the same shape). */
export function cosineOfCoded(
  a: { codes: ArrayLike<number>; weights: ArrayLike<number> },
  b: { codes: ArrayLike<number>; weights: ArrayLike<number> },
): number {
  const ac = a.codes;
  const bc = b.codes;
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < ac.length && j < bc.length) {
    const ka = ac[i]!;
    const kb = bc[j]!;
    if (ka === kb) sum += a.weights[i++]! * b.weights[j++]!;
    else if (ka < kb) i++;
    else j++;
  }
  return sum;
}
