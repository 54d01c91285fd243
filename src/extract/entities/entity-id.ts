// An entity's id: its name as one URL path segment of [a-z0-9-] ("Washington D.C." ->
// "washington-d-c", "岸田文雄" -> "an-tian-wen-xiong"). Only names outside ASCII need the
// `transliteration` package, whose tables cost ~80 ms to load, so it is loaded on the first such
// name; for ASCII its slug is the lower-cased name (tests check the two paths agree).
import { createRequire } from "node:module";
import type { slugify as Slugify } from "transliteration";

const require = createRequire(import.meta.url);
const ASCII = /^[\x00-\x7f]*$/;
let transliterate: typeof Slugify | undefined;

/** The id of an entity named `name`; "" when the name has no letter or digit to spell it with. */
export function entityId(name: string): string {
  let slug: string;
  if (ASCII.test(name)) slug = name.toLowerCase();
  else {
    transliterate ??= (require("transliteration") as { slugify: typeof Slugify }).slugify;
    slug = transliterate(name);
  }
  // slugify keeps dots ("washington-d.c."): ids are URL path segments, so letters, digits, dashes.
  return slug.replace(/[^a-z0-9-]+/g, "-").replace(/-+/g, "-").replace(/^-|-$/g, "");
}
