// Memos for the pure functions of a name that resolution calls for every entity of every article
// (the same few thousand names each time). Bounded: a long-running `digest serve` starts a memo
// afresh once it holds more names than an archive has.
const LIMIT = 200_000;

/** `fn` remembered by its string argument; results are shared, so callers must not mutate them. */
export function memo<T>(fn: (key: string) => T): (key: string) => T {
  let cache = new Map<string, T>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= LIMIT) cache = new Map();
    cache.set(key, value);
    return value;
  };
}
