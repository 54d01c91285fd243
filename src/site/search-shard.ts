// How the search index is split: pages go to shards by a stable hash of their output path, so a
// page stays in its shard from one build to the next and a rebuild re-indexes only the shards
// that hold a changed, added or removed page (Pagefind itself has no incremental mode).

/** Below this many indexed pages one bundle is written: the whole index costs well under a second. */
const SINGLE_SHARD_BELOW = 500;
/** Aim for about this many pages per shard: re-indexing one costs ~0.1 s. */
const PAGES_PER_SHARD = 100;
/** The search page merges every shard at load and queries each one per term: keep that bounded. */
const MAX_SHARDS = 32;

/**
 * The number of shards for a site of `pages` indexed pages: 1 for small sites, else a power of
 * two (8, 16 or 32). Powers of two change rarely as a site grows, and every change of the count
 * means one full re-index.
 */
export function shardCount(pages: number): number {
  if (pages < SINGLE_SHARD_BELOW) return 1;
  let shards = 1;
  while (shards < pages / PAGES_PER_SHARD && shards < MAX_SHARDS) shards *= 2;
  return shards;
}

/** The shard of a page, from its output path relative to the site (`stories/x/index.html`): FNV-1a, stable across runs and platforms. */
export function shardOf(path: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Fold the high bits in: FNV-1a's lowest bits alone spread short, similar paths less evenly.
  return ((hash ^ (hash >>> 16)) >>> 0) % shards;
}

/** The folder of shard `shard` inside the `pagefind/` folder, e.g. `shard-03`. */
export function shardFolder(shard: number): string {
  return `shard-${String(shard).padStart(2, "0")}`;
}
