/** A weighted edge between two items (indices), similarity 0..1. */
export interface Edge {
  a: number;
  b: number;
  similarity: number;
}

interface HeapEntry {
  score: number;
  a: number;
  b: number;
}

// Max-heap on score; ties broken by the smaller indices so the merge order never depends on
// insertion order.
function before(x: HeapEntry, y: HeapEntry): boolean {
  return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
}

class MaxHeap {
  private items: HeapEntry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(entry: HeapEntry): void {
    const items = this.items;
    items.push(entry);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): HeapEntry | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && before(items[l]!, items[best]!)) best = l;
        if (r < items.length && before(items[r]!, items[best]!)) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
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
  for (let a = 0; a < count; a++) {
    for (const b of links[a]!.keys()) if (a < b) heap.push({ score: mean(a, b), a, b });
  }
  while (heap.size > 0) {
    const top = heap.pop()!;
    if (top.score < threshold) break;
    const { a, b } = top;
    // Stale entry: a group merged since, or its mean changed.
    if (!alive[a] || !alive[b] || mean(a, b) !== top.score) continue;
    alive[b] = false;
    size[a]! += size[b]!;
    members[a]!.push(...members[b]!);
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
    for (const c of linksA.keys()) heap.push({ score: mean(a, c), a: Math.min(a, c), b: Math.max(a, c) });
  }
  return members.filter((_, i) => alive[i]).map((m) => m.sort((x, y) => x - y));
}
