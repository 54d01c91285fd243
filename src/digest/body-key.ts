// An article view's stand-in for its body in the hashes that decide what a rebuild renders again
// (page records, search documents): the extraction key of the article the body was cut from. The
// key covers everything extraction reads, the body and the headline's source among it, so an equal
// key means an equal body. Hashing the bodies themselves was a third of the bytes a rebuild of
// 10,000 articles serialised and hashed for that decision.
import type { ArticleView } from "../types.js";

/** A symbol, so that no JSON (page records, data exports) and no template ever sees the key. */
export const BODY_KEY: unique symbol = Symbol("article body key");

export type WithBodyKey = { [BODY_KEY]?: string };

/** The body's stand-in: the key, marked so that it never equals a body (ingest removes NUL from article text). */
const standIn = (key: string): string => `\0extraction:${key}`;

/** What a hash reads for the view's body: its key's stand-in where it has one, else the body. */
export function bodyForHash(view: ArticleView & WithBodyKey): string {
  const key = view[BODY_KEY];
  return key === undefined ? view.body : standIn(key);
}

/** The view as hashed: its body's stand-in in place of the body (the same object when it has no key). */
export function forHash<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  const key = (value as WithBodyKey)[BODY_KEY];
  return key === undefined ? value : { ...value, body: standIn(key) };
}
