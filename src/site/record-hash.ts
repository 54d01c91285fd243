import { forHash } from "../digest/body-key.js";
import { oneShotHash } from "../one-shot-hash.js";

// Records are not mutated once the digest stage has made them, so a record's hash is computed
// once per build however many consumers ask (the page manifest, the search index), and the
// entries go with the records.
const hashes = new WeakMap<object, string>();

/** A hash of a record's JSON: equal records hash equally, from one build to the next. */
export function recordHash(record: unknown): string {
  if (typeof record !== "object" || record === null)
    return oneShotHash("sha1", JSON.stringify(record) ?? "", "base64url");
  let hash = hashes.get(record);
  if (hash === undefined) {
    hash = oneShotHash("sha1", JSON.stringify(record), "base64url");
    hashes.set(record, hash);
  }
  return hash;
}

/** Fields of page records that list records shared between many pages (story cards: home, topics, entities, feeds). */
const SHARED_LISTS = new Set(["items", "cards"]);

/**
 * A page record's hash, equal exactly when the record's JSON is, an article's body read as its
 * extraction key (body-key.ts): like recordHash, except that the elements of its lists of story
 * cards (`items`, `cards`) are hashed one by one, each once per build however many pages list it
 * (a card is one object, shared by its story's topic, entity, archive and feed pages).
 * Serialising every list whole was most of an unchanged rebuild's hashing: 26 MB of JSON on 1,000
 * articles, mostly the same few hundred cards.
 */
export function pageRecordHash(record: unknown): string {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return recordHash(record);
  // An article's page record, or a story's with its only article: the body's key in place of the
  // body (see body-key.ts).
  const hashed = forHash(record);
  let standIns = hashed !== record;
  const rest: Record<string, unknown> = {};
  const lists: [string, readonly unknown[]][] = [];
  for (const [key, value] of Object.entries(hashed)) {
    if (SHARED_LISTS.has(key) && Array.isArray(value)) {
      lists.push([key, value]);
      continue;
    }
    rest[key] = forHash(value);
    standIns ||= rest[key] !== value;
  }
  if (lists.length === 0) return standIns ? oneShotHash("sha1", JSON.stringify(rest), "base64url") : recordHash(record);
  // One string, hashed at once: the same bytes as hashing its parts in turn, so the same digest.
  const parts = [JSON.stringify(rest)];
  for (const [key, list] of lists) {
    parts.push(`\0${key}:${list.length}`);
    for (const element of list) parts.push("\0", recordHash(element));
  }
  return oneShotHash("sha1", parts.join(""), "base64url");
}
