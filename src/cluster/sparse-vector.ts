/** A sparse vector: parallel arrays sorted by key, so two vectors meet in one merge pass. */
export interface SparseVector {
  keys: string[];
  weights: number[];
}

/** Builds an L2-normalised sparse vector from weights, keeping the `limit` heaviest entries. */
export function toSparseVector(weights: Map<string, number>, limit = Infinity): SparseVector {
  let entries = [...weights].filter(([, w]) => w > 0);
  if (entries.length > limit) {
    // Ties broken by key so truncation does not depend on insertion order.
    entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    entries = entries.slice(0, limit);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return { keys: entries.map(([k]) => k), weights: entries.map(([, w]) => w / norm) };
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
