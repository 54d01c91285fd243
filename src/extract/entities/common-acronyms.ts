// Acronyms that are common nouns ("TV", "PC", "GDP", "CEO", "DVD") name no one. Listed ones come
// from data/common-acronyms.json (WordNet's common-noun initialisms; see its comment); any
// acronym written with a plural "s" ("PCs", "MPs", "CEOs") is a common noun by its use, since a
// name is never counted.
import commonAcronyms from "./data/common-acronyms.json" with { type: "json" };

const COMMON = new Set(commonAcronyms.acronyms);
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** Whether a token, as written, is an acronym used as a common noun. */
export function isCommonAcronym(text: string): boolean {
  return COMMON.has(text) || PLURAL_ACRONYM.test(text);
}
