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
