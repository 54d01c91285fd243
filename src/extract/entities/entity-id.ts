// An entity's id: its name as one URL path segment of [a-z0-9-] ("Washington D.C." ->
// "washington-d-c", "岸田文雄" -> "an-tian-wen-xiong"), spelled by the site's one slug function.
// Ids are keys (one entity per id), so a long name is cut with a hash of the whole: two names
// that share their first 70 characters keep distinct ids, and no id passes 80 bytes.
import { slugify } from "../../text/slugify.js";

/** The id of an entity named `name`; "" when the name has no letter, digit or symbol to spell it with. */
export function entityId(name: string): string {
  return slugify(name, undefined, { cut: "hash" });
}
