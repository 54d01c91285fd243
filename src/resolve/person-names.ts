// People named by surname alone ("Blair", "Mr Blair" — extraction keeps the surname) and the
// full names they may stand for ("Tony Blair"). Extraction links a surname to a full name of the
// same article; the archive links the rest: a surname whose archive holds exactly one person of
// that surname is that person. A surname that two full names share ("Bush": George W. Bush, Jeb
// Bush) is left for the story and the article's context to decide (refine-with-stories.ts), and
// kept apart when neither tells: a wrong merge puts one person's stories on another's page.
import {
  LEADING_NOISE,
  PERSON_PARTICLES,
  ROLE_NOUNS,
  TITLE_HEADS,
  TITLE_WORDS,
} from "../extract/entities/cue-words.js";
import { demonymCountry, isEnglishWord as inWordList, isFirstName, isNameWord } from "../extract/entities/gazetteer.js";
import type { CatalogEntry } from "./entity-catalog.js";
import { singular } from "./name-variants.js";
import { memo } from "./memo.js";

/** Whether a lower-case word is in the English word list (a binary search, remembered per word). */
const isEnglishWord = memo(inWordList);

/**
 * Whether a person's name opens as a person's name does, not with a title, a role, a nationality
 * or a plural noun: not "Former Chelsea", "Labour MPs", "Windows PCs", runs that extraction took
 * for people and that must not collect every lone "Chelsea". Given names that are also English
 * words ("Lewis", "Jack") pass.
 */
export function opensLikeName(words: readonly string[]): boolean {
  return opensLikeNameMemo(words.join(" "));
}

const opensLikeNameMemo = memo((joined) => opensLikeNameOf(joined.split(" ")));

function opensLikeNameOf(words: readonly string[]): boolean {
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

/**
 * Whether a person's two words open with a demonym that is their given name ("Dane Chinnery",
 * "Finn Brennan"): extraction keeps a demonym before a surname only where an article writes the
 * pair as a name (twice, never the surname alone), and two articles doing so make it the
 * archive's full name. A description ("Briton Hamilton") is cut off by extraction.
 */
function demonymAsGivenName(entry: CatalogEntry, words: readonly string[]): boolean {
  return words.length === 2 && entry.articles >= 2 && demonymCountry(words[0]!) !== undefined;
}

/** Whether a one-word name is written as a surname is ("Blair", "O'Driscoll"), not as an acronym ("MPs"). */
export function surnameShaped(name: string): boolean {
  return /^\p{Lu}[\p{Ll}'’]/u.test(name) && !/\s/.test(name.trim());
}

/** Full names of people by their last word: `blair` -> [tony-blair, cherie-blair]. */
export function fullNamesBySurname(catalog: ReadonlyMap<string, CatalogEntry>): Map<string, string[]> {
  const bySurname = new Map<string, string[]>();
  const people = new Set<string>();
  for (const entry of catalog.values()) if (entry.kind === "person") people.add(entry.words.join(" "));
  for (const entry of catalog.values()) {
    if (entry.kind !== "person") continue;
    const words = entry.words;
    if (words.length < 2 || !(opensLikeName(words) || demonymAsGivenName(entry, words)) || !plainMiddle(entry.name))
      continue;
    // Another person's full name and a word more ("Kimi Raikkonen Ferrari"): two names run together.
    if (words.length >= 3 && people.has(words.slice(0, -1).join(" "))) continue;
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
  return entry.words.length === 1 && surnameShaped(entry.name);
}

/**
 * Whether a one-word "person" is only the extractor's fallback guess in every article of the
 * archive (no title, no verb of saying, no given name before it anywhere) and is no known given
 * name or surname: an unknown capitalised word the archive never treats as a person's is most
 * often a company or a brand ("Chrysler", "Woolworths"). On BBC dev 26 such one-word pages were
 * people: 13 companies, 9 works and products, 1 place, 3 people (one a real mononym).
 */
export function guessedLoneName(entry: CatalogEntry | undefined): boolean {
  if (!entry || entry.kind !== "person" || !entry.guessed || entry.articles < 2) return false;
  const words = entry.words;
  return words.length === 1 && !isNameWord(words[0]!);
}

/**
 * People's names with a word of description in front ("Conservative Michael Howard", "Presidents
 * George W Bush"): id -> the id of the person named by the rest, when the front words are
 * ordinary English words and no given names.
 */
export function describedPeople(catalog: ReadonlyMap<string, CatalogEntry>): Map<string, string> {
  const byWords = new Map<string, string>();
  for (const entry of catalog.values()) {
    const words = entry.words;
    if (entry.kind === "person" && words.length >= 2 && opensLikeName(words)) byWords.set(words.join(" "), entry.id);
  }
  const target = new Map<string, string>();
  for (const entry of catalog.values()) {
    const words = entry.words;
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

/** How a person's short form relates to the full name it stands for. */
export interface ShortForm {
  /** The full name's id. */
  to: string;
  /**
   * A given name and surname that leave out a middle name or initial ("George Bush" of "George W
   * Bush"): an article naming both forms names two people (a father and a son), and keeps them apart.
   */
  middleLeftOut: boolean;
}

/**
 * People named in a short form of a full name of the archive, when only one full name fits:
 * an initial and the surname ("B O'Driscoll", as line-ups write it, of "Brian O'Driscoll"), or a
 * given name and surname without the middle ("George Bush" of "George W Bush"). Two fitting full
 * names ("Paul O'Connell", "Peter O'Connell" for "P O'Connell") and the short form stays itself.
 */
export function shortPersonForms(catalog: ReadonlyMap<string, CatalogEntry>): Map<string, ShortForm> {
  const full = new Map<string, { id: string; words: readonly string[] }[]>();
  for (const entry of catalog.values()) {
    if (entry.kind !== "person") continue;
    const words = entry.words;
    // A full name: a given name of two letters or more first ("Brian", not "B"), as a name opens.
    if (words.length < 2 || words[0]!.length < 2 || !opensLikeName(words) || !surnameShaped(lastWord(entry.name)))
      continue;
    const list = full.get(words[words.length - 1]!) ?? [];
    list.push({ id: entry.id, words });
    full.set(words[words.length - 1]!, list);
  }
  const out = new Map<string, ShortForm>();
  for (const entry of catalog.values()) {
    if (entry.kind !== "person") continue;
    const words = entry.words;
    if (words.length !== 2) continue;
    const [first, surname] = words as [string, string];
    const others = (full.get(surname) ?? []).filter((f) => f.id !== entry.id);
    if (first.length === 1 && /^\p{Lu}\.?\s/u.test(entry.name)) {
      const fits = others.filter((f) => f.words[0]!.startsWith(first));
      // "B O'Driscoll": Brian, the one O'Driscoll whose given name opens with B (a middle name too: "Brian M O'Driscoll").
      const people = new Set(fits.map((f) => f.words.slice(0, 1).concat(f.words.slice(-1)).join(" ")));
      if (people.size === 1 && fits.length >= 1) out.set(entry.id, { to: shortest(fits).id, middleLeftOut: false });
    } else if (first.length >= 2 && isFirstName(first)) {
      const fits = others.filter(
        (f) => f.words.length >= 3 && f.words[0] === first && f.words.slice(1, -1).every(isMiddle),
      );
      if (fits.length === 1) out.set(entry.id, { to: fits[0]!.id, middleLeftOut: true });
    }
  }
  return out;
}

/** A middle name or initial as a full name writes it: one letter ("W"), or a given name. */
const isMiddle = (word: string): boolean => word.length === 1 || isFirstName(word);

const lastWord = (name: string): string => name.trim().split(/\s+/).pop() ?? "";

const shortest = <T extends { words: readonly string[] }>(list: readonly T[]): T =>
  [...list].sort((a, b) => a.words.length - b.words.length)[0]!;

/**
 * Whether the middle words of a full name are as a name's are: initials, given names, particles
 * or words no dictionary has ("Hillary Rodham Clinton"); not "Barack Obama As Trump", where
 * extraction ran two names together.
 */
export function plainMiddle(name: string): boolean {
  // Words as written: "Olivia Newton-John" has no middle word.
  const words = name
    .toLowerCase()
    .replace(/\./g, "")
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return words
    .slice(1, -1)
    .every((w) => w.length === 1 || isFirstName(w) || PARTICLES.has(w) || (!isEnglishWord(w) && !w.includes("-")));
}

// Particles of names ("Dal Maso", "van der Sar"), "dal" and "dalla" beside the shared list.
const PARTICLES = new Set([...PERSON_PARTICLES, "dal", "dalla", "dei", "degli", "st"]);
