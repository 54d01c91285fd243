/** A weighted edge between two items (indices), similarity 0..1. */
export interface Edge {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Max-heap of (score, a, b) in parallel typed arrays: merges push millions of entries at 10,000
 * articles, and an object per entry made the collector the heaviest part of clustering. Ties are
 * broken by the smaller indices, so the pop order never depends on insertion order (and so not on
 * how the heap stores its entries).
 */
class MaxHeap {
  private scores = new Float64Array(1024);
  private as = new Int32Array(1024);
  private bs = new Int32Array(1024);
  size = 0;

  private before(x: number, y: number): boolean {
    const sx = this.scores[x]!;
    const sy = this.scores[y]!;
    if (sx !== sy) return sx > sy;
    const ax = this.as[x]!;
    const ay = this.as[y]!;
    return ax < ay || (ax === ay && this.bs[x]! < this.bs[y]!);
  }

  private swap(x: number, y: number): void {
    const s = this.scores[x]!;
    this.scores[x] = this.scores[y]!;
    this.scores[y] = s;
    const a = this.as[x]!;
    this.as[x] = this.as[y]!;
    this.as[y] = a;
    const b = this.bs[x]!;
    this.bs[x] = this.bs[y]!;
    this.bs[y] = b;
  }

  push(score: number, a: number, b: number): void {
    if (this.size === this.scores.length) {
      const grow = <T extends Float64Array | Int32Array>(old: T, fresh: T): T => (fresh.set(old), fresh);
      this.scores = grow(this.scores, new Float64Array(this.size * 2));
      this.as = grow(this.as, new Int32Array(this.size * 2));
      this.bs = grow(this.bs, new Int32Array(this.size * 2));
    }
    let i = this.size++;
    this.scores[i] = score;
    this.as[i] = a;
    this.bs[i] = b;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the top entry; read it first with `topScore`, `topA`, `topB`. */
  pop(): void {
    const last = --this.size;
    if (last === 0) return;
    this.scores[0] = this.scores[last]!;
    this.as[0] = this.as[last]!;
    this.bs[0] = this.bs[last]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < last && this.before(l, best)) best = l;
      if (r < last && this.before(r, best)) best = r;
      if (best === i) break;
      this.swap(i, best);
      i = best;
    }
  }

  get topScore(): number {
    return this.scores[0]!;
  }
  get topA(): number {
    return this.as[0]!;
  }
  get topB(): number {
    return this.bs[0]!;
  }
}

/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: repeatedly merges the
 * two groups with the highest mean pairwise similarity while it reaches `threshold`. Pairs with
 * no edge count as 0, which is what stops chaining: one bridge article between two events cannot
 * pull them together, because the mean over all their pairs stays low. Returns groups of indices.
 */
export function averageLinkage(count: number, edges: readonly Edge[], threshold: number): number[][] {
  const size = new Array<number>(count).fill(1);
  const members: number[][] = Array.from({ length: count }, (_, i) => [i]);
  const alive = new Array<boolean>(count).fill(true);
  // Sum of similarities between two live groups, keyed by group representative.
  const links: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  const heap = new MaxHeap();
  for (const { a, b, similarity } of edges) {
    if (a === b || similarity <= 0) continue;
    links[a]!.set(b, (links[a]!.get(b) ?? 0) + similarity);
    links[b]!.set(a, (links[b]!.get(a) ?? 0) + similarity);
  }
  const mean = (a: number, b: number): number => (links[a]!.get(b) ?? 0) / (size[a]! * size[b]!);
  // Only pairs at or above the threshold enter the heap: merging stops at the first entry below it,
  // so the others could only ever end the loop. Most edges of a news archive are weak (the
  // candidate search keeps any shared heavy term); pushing them all was most of clustering's heap
  // work. The pairs that do enter pop in the same order, ties broken by index, so the groups are
  // the same.
  const offer = (a: number, b: number): void => {
    const score = mean(a, b);
    if (score >= threshold) heap.push(score, a, b);
  };
  for (let a = 0; a < count; a++) {
    for (const b of links[a]!.keys()) if (a < b) offer(a, b);
  }
  while (heap.size > 0) {
    const score = heap.topScore;
    const a = heap.topA;
    const b = heap.topB;
    heap.pop();
    if (score < threshold) break;
    // Stale entry: a group merged since, or its mean changed.
    if (!alive[a] || !alive[b] || mean(a, b) !== score) continue;
    alive[b] = false;
    size[a]! += size[b]!;
    for (const member of members[b]!) members[a]!.push(member);
    members[b] = [];
    const linksA = links[a]!;
    const linksB = links[b]!;
    linksA.delete(b);
    for (const [c, s] of linksB) {
      if (c === a) continue;
      linksA.set(c, (linksA.get(c) ?? 0) + s);
      links[c]!.delete(b);
      links[c]!.set(a, linksA.get(c)!);
    }
    links[b] = new Map();
    for (const c of linksA.keys()) offer(Math.min(a, c), Math.max(a, c));
  }
  return members.filter((_, i) => alive[i]).map((m) => m.sort((x, y) => x - y));
}
