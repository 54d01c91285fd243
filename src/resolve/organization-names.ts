// An organisation named by the last word of its name ("the Cubs" for the Chicago Cubs, "United"
// after "Manchester United"): the organisation of the same article with that last word, else the
// one organisation of the archive with it. Two of them ("Manchester United", "Newcastle United")
// and no article to tell: kept apart.
import { LEADING_NOISE, ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS } from "../extract/entities/cue-words.js";
import { lookup } from "../extract/entities/gazetteer.js";
import { keyOf } from "../extract/entities/tokenize.js";
import type { CatalogEntry } from "./entity-catalog.js";
import { variantWords } from "./name-variants.js";
import { push } from "./push.js";

/** Organisations of two words or more (a designator not counted) by their last word, singular. */
export function organizationsByLastWord(entries: Iterable<CatalogEntry>): Map<string, string[]> {
  const byLast = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.kind !== "organization") continue;
    const words = variantWords(entry.name);
    // A run that opens with a description ("Former Chelsea") is no full name of "Chelsea".
    const first = words[0] ?? "";
    if (TITLE_WORDS.has(first) || TITLE_HEADS.has(first) || ROLE_NOUNS.has(first) || LEADING_NOISE.has(first)) continue;
    if (words.length >= 2) push(byLast, words[words.length - 1]!, entry.id);
  }
  return byLast;
}

/**
 * The word, singular, of an organisation named by one capitalised word; undefined for any other
 * entity, and for a town's name: a town alone names its club ("Newcastle beat Leeds"), not the
 * one company of the archive that ends in it ("Scottish & Newcastle").
 */
export function loneOrganizationWord(entry: CatalogEntry | undefined, kindInArticle: string): string | undefined {
  if (!entry || (entry.kind !== "organization" && kindInArticle !== "organization")) return undefined;
  const words = variantWords(entry.name);
  if (lookup(keyOf(entry.name.replace(/^the\s+/i, "")))?.kind === "place") return undefined;
  return words.length === 1 && /^(?:the\s+)?\p{Lu}/iu.test(entry.name) && !/\s/.test(entry.name.replace(/^the\s+/i, ""))
    ? words[0]
    : undefined;
}
