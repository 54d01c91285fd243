import type { TermCounts } from "./body-terms.js";
import type { CodedVector, SparseVector } from "./sparse-vector.js";
import { grown } from "../grown.js";

/** Each document's TF-IDF term vector, with string keys and with integer codes (see `codeVectors`). */
export interface TermVectors {
  vectors: SparseVector[];
  coded: CodedVector[];
}

/**
 * The TF-IDF vectors of many documents over one vocabulary of numbered terms, each weight
 * (1 + ln tf) · idf (sublinear tf: the tenth mention of a word adds little over the third), the
 * `limit` heaviest kept, L2-normalised. The same vectors as `toSparseVector` of each document's
 * weights by term, followed by `codeVectors` of them all, to the last bit: the same weights, the
 * same heaviest (ties broken by term), summed and ordered by term. Done with typed arrays over
 * term ids instead of a map and a string per entry: grouping weighs every article's words at
 * every build (issue 13).
 */
export function termVectors(
  documents: readonly TermCounts[],
  idf: Float64Array,
  limit: number,
  term: (id: number) => string,
): TermVectors {
  const kept = documents.map((document) => heaviest(document, idf, limit, term));
  // Codes: each kept term's rank among all the kept terms, by term, as codeVectors gives them.
  const used = new Uint8Array(idf.length);
  for (const { ids } of kept) for (const id of ids) used[id] = 1;
  const ranked: number[] = [];
  for (let id = 0; id < used.length; id++) if (used[id] === 1) ranked.push(id);
  const terms = ranked.map(term);
  const order = ranked.map((_, k) => k).sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
  const code = new Int32Array(idf.length);
  order.forEach((k, rank) => {
    code[ranked[k]!] = rank;
  });

  const vectors: SparseVector[] = [];
  const coded: CodedVector[] = [];
  for (const { ids, weights } of kept) {
    // By code, which orders like the terms: packed with the entry's place, one numeric sort.
    const packed = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) packed[k] = code[ids[k]!]! * ids.length + k;
    packed.sort();
    let sum = 0;
    const places = new Int32Array(ids.length);
    for (let x = 0; x < packed.length; x++) {
      const k = packed[x]! % ids.length;
      places[x] = k;
      sum += weights[k]! * weights[k]!;
    }
    const norm = Math.sqrt(sum) || 1;
    const codes = new Int32Array(ids.length);
    const normalised = new Float64Array(ids.length);
    const keys = new Array<string>(ids.length);
    for (let x = 0; x < places.length; x++) {
      const k = places[x]!;
      codes[x] = code[ids[k]!]!;
      normalised[x] = weights[k]! / norm;
      keys[x] = term(ids[k]!);
    }
    vectors.push({ keys, weights: Array.from(normalised) });
    coded.push({ codes, weights: normalised });
  }
  return { vectors, coded };
}

/**
 * A document's positive weights, the `limit` heaviest of them (ties at the cut broken by term), in no particular
 * order: found from the limit-th largest weight, as toSparseVector does.
 */
function heaviest(
  { ids, counts }: TermCounts,
  idf: Float64Array,
  limit: number,
  term: (id: number) => string,
): { ids: Int32Array; weights: Float64Array } {
  const ownIds = new Int32Array(ids.length);
  const weights = new Float64Array(ids.length);
  let size = 0;
  for (let k = 0; k < ids.length; k++) {
    const w = (1 + Math.log(counts[k]!)) * idf[ids[k]!]!;
    if (w > 0) {
      ownIds[size] = ids[k]!;
      weights[size++] = w;
    }
  }
  if (size <= limit) return { ids: ownIds.subarray(0, size), weights: weights.subarray(0, size) };
  const threshold = weights.slice(0, size).sort()[size - limit]!;
  const tied: number[] = [];
  const keptIds = new Int32Array(limit);
  const keptWeights = new Float64Array(limit);
  let count = 0;
  for (let k = 0; k < size; k++) {
    if (weights[k]! > threshold) {
      keptIds[count] = ownIds[k]!;
      keptWeights[count++] = weights[k]!;
    } else if (weights[k] === threshold) tied.push(k);
  }
  tied.sort((a, b) => (term(ownIds[a]!) < term(ownIds[b]!) ? -1 : 1));
  for (const k of tied) {
    if (count === limit) break;
    keptIds[count] = ownIds[k]!;
    keptWeights[count++] = weights[k]!;
  }
  return { ids: keptIds, weights: keptWeights };
}

/**
 * Adds up the term counts of several texts (a story's articles) into one `TermCounts`, terms in
 * the order first added, without a map: one slot per term id, marked with the tally it belongs to.
 */
export class TermTally {
  private slot: Int32Array = new Int32Array(1024);
  private mark: Int32Array = new Int32Array(1024);
  private tally = 1;
  private ids: number[] = [];
  private counts: number[] = [];

  add(id: number, count: number): void {
    if (id >= this.slot.length) {
      this.slot = grown(this.slot, id + 1);
      this.mark = grown(this.mark, id + 1);
    }
    if (this.mark[id] === this.tally) this.counts[this.slot[id]!]! += count;
    else {
      this.mark[id] = this.tally;
      this.slot[id] = this.ids.length;
      this.ids.push(id);
      this.counts.push(count);
    }
  }

  /** What was added since the last take, and a fresh start. */
  take(): TermCounts {
    const taken = { ids: Int32Array.from(this.ids), counts: Int32Array.from(this.counts) };
    this.ids = [];
    this.counts = [];
    this.tally++;
    return taken;
  }
}
