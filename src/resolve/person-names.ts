// People named by surname alone ("Blair", "Mr Blair" — extraction keeps the surname) and the
// full names they may stand for ("Tony Blair"). Extraction links a surname to a full name of the
// same article; the archive links the rest: a surname whose archive holds exactly one person of
// that surname is that person. A surname that two full names share ("Bush": George W. Bush, Jeb
// Bush) is left for the story and the article's context to decide (refine-with-stories.ts), and
// kept apart when neither tells: a wrong merge puts one person's stories on another's page.
import { LEADING_NOISE, ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS } from "../extract/entities/cue-words.js";
import { demonymCountry, isEnglishWord, isFirstName } from "../extract/entities/gazetteer.js";
import type { CatalogEntry } from "./entity-catalog.js";
import { nameWords } from "./entity-catalog.js";
import { singular } from "./name-variants.js";

/**
 * Whether a person's name opens as a person's name does, not with a title, a role, a nationality
 * or a plural noun: not "Former Chelsea", "Labour MPs", "Windows PCs", runs that extraction took
 * for people and that must not collect every lone "Chelsea". Given names that are also English
 * words ("Lewis", "Jack") pass.
 */
export function opensLikeName(words: readonly string[]): boolean {
  const first = words[0] ?? "";
  if (first.length === 1 || isFirstName(first)) return true;
  // An ordinary word before a given name is a description ("Crooked Hillary"), not a full name.
  if (isEnglishWord(first) && isFirstName(words[words.length - 1] ?? "")) return false;
  return !opensWithDescription(words);
}

/**
 * Whether a name opens with a title, a role, a nationality or a plural noun ("Former Chelsea",
 * "Labour MPs"). Weaker than `opensLikeName`: an ordinary word before a given name passes
 * ("Frank Bruno", where compromise knows no given name "Frank"), which only an article that
 * names the person in full first may rely on.
 */
export function opensWithDescription(words: readonly string[]): boolean {
  const first = words[0] ?? "";
  if (first.length === 1 || isFirstName(first)) return false;
  if (TITLE_WORDS.has(first) || TITLE_HEADS.has(first) || ROLE_NOUNS.has(first) || LEADING_NOISE.has(first))
    return true;
  const plural = singular(first) !== first && isEnglishWord(singular(first));
  return demonymCountry(first) !== undefined || plural;
}

/** Whether a one-word name is written as a surname is ("Blair", "O'Driscoll"), not as an acronym ("MPs"). */
export function surnameShaped(name: string): boolean {
  return /^\p{Lu}[\p{Ll}'’]/u.test(name) && !/\s/.test(name.trim());
}

/** Full names of people by their last word: `blair` -> [tony-blair, cherie-blair]. */
export function fullNamesBySurname(catalog: ReadonlyMap<string, CatalogEntry>): Map<string, string[]> {
  const bySurname = new Map<string, string[]>();
  for (const entry of catalog.values()) {
    if (entry.kind !== "person") continue;
    const words = nameWords(entry.name);
    if (words.length < 2 || !opensLikeName(words)) continue;
    const surname = words[words.length - 1]!;
    // Initials and suffixes ("Jr") say nothing about who a lone surname names.
    if (surname.length < 2 || /^(jr|sr|ii|iii|iv)$/.test(surname)) continue;
    const list = bySurname.get(surname) ?? [];
    list.push(entry.id);
    bySurname.set(surname, list);
  }
  return bySurname;
}

/** Whether an entry is a person named by one word only. */
export function isLoneName(entry: CatalogEntry | undefined, kindInArticle: string): entry is CatalogEntry {
  if (!entry) return false;
  if (kindInArticle !== "person" && entry.kind !== "person") return false;
  return nameWords(entry.name).length === 1 && surnameShaped(entry.name);
}

/**
 * People's names with a word of description in front ("Conservative Michael Howard", "Presidents
 * George W Bush"): id -> the id of the person named by the rest, when the front words are
 * ordinary English words and no given names.
 */
export function describedPeople(catalog: ReadonlyMap<string, CatalogEntry>): Map<string, string> {
  const byWords = new Map<string, string>();
  for (const entry of catalog.values()) {
    const words = nameWords(entry.name);
    if (entry.kind === "person" && words.length >= 2 && opensLikeName(words)) byWords.set(words.join(" "), entry.id);
  }
  const target = new Map<string, string>();
  for (const entry of catalog.values()) {
    const words = nameWords(entry.name);
    if (entry.kind !== "person" || words.length < 3 || isFirstName(words[0]!) || !isEnglishWord(words[0]!)) continue;
    for (let k = 1; k <= words.length - 2; k++) {
      const to = byWords.get(words.slice(k).join(" "));
      if (to) {
        target.set(entry.id, to);
        break;
      }
      if (!isEnglishWord(words[k]!) || isFirstName(words[k]!)) break;
    }
  }
  return target;
}
