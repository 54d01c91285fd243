// How the search index is split: documents (one per story) go to shards by a stable hash of
// their path, so a story stays in its shard from one build to the next and a rebuild re-indexes
// only the shards that hold a changed, added or removed story (Pagefind itself has no
// incremental mode). The count follows the number of articles, which is what indexing costs.

/** Below this many articles one bundle is written: the whole index costs well under a second. */
const SINGLE_SHARD_BELOW = 500;
/** Aim for about this many articles per shard: re-indexing one costs ~0.1 s. */
const ARTICLES_PER_SHARD = 100;
/** The search page merges every shard at load and queries each one per term: keep that bounded. */
const MAX_SHARDS = 32;

/**
 * The number of shards for a site of `articles` articles: 1 for small sites, else a power of
 * two (8, 16 or 32). Powers of two change rarely as a site grows, and every change of the count
 * means one full re-index.
 */
export function shardCount(articles: number): number {
  if (articles < SINGLE_SHARD_BELOW) return 1;
  let shards = 1;
  while (shards < articles / ARTICLES_PER_SHARD && shards < MAX_SHARDS) shards *= 2;
  return shards;
}

/**
 * The shard of a document, from its path relative to the site (`stories/x/index.html`): FNV-1a, stable across runs and
 * platforms.
 */
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
