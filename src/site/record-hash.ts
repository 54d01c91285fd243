import { createHash } from "node:crypto";

// Records are not mutated once the digest stage has made them, so a record's hash is computed
// once per build however many consumers ask (the page manifest, the search index), and the
// entries go with the records.
const hashes = new WeakMap<object, string>();

/** A hash of a record's JSON: equal records hash equally, from one build to the next. */
export function recordHash(record: unknown): string {
  if (typeof record !== "object" || record === null)
    return createHash("sha1")
      .update(JSON.stringify(record) ?? "")
      .digest("base64url");
  let hash = hashes.get(record);
  if (hash === undefined) {
    hash = createHash("sha1").update(JSON.stringify(record)).digest("base64url");
    hashes.set(record, hash);
  }
  return hash;
}
