// What the extractor knows before it reads a word: the names taken from maintained packages
// (compromise's lexicon, city-timezones, world-countries), precomputed by build-gazetteer.ts into
// data/package-gazetteer.json, plus the hand-written data files beside it, applied here at load
// so they can be edited without a rebuild. Keys are token sequences as `tokenize` cuts them,
// lower-cased and joined by one space, so a name matches exactly when the text's tokens do.
import { readFileSync } from "node:fs";
import type { EntityKind } from "../../types.js";
import type { PackageGazetteer } from "./build-gazetteer.js";
import { isEnglishWord } from "./english-words.js";
import { keyOf } from "./tokenize.js";
import organizations from "./data/organizations.json" with { type: "json" };
import countryAliases from "./data/country-aliases.json" with { type: "json" };
import namedThings from "./data/named-things.json" with { type: "json" };
import peoples from "./data/peoples.json" with { type: "json" };

export { isEnglishWord, keyOf };

/** One name the gazetteer knows. */
export interface GazetteerEntry {
  /** The canonical display name of the entity this name refers to. */
  canonical: string;
  kind: EntityKind;
  /** For a capital city: the country it can stand for ("Washington" -> United States). */
  capitalOf?: string;
  /** A short all-capital acronym ("US", "WHO", "AP"): only the same case counts, and in a
   * capitals headline only when it is no English word there ("US", "WHO" are). */
  acronym: boolean;
  /** The text as the source lists it (for exact-case comparison). */
  surface: string;
  /** Higher wins when two sources list the same key. */
  priority: number;
}

const entries = new Map<string, GazetteerEntry>();
/** Every proper prefix of a key, so a run may grow through "of"/"and" only toward a known name. */
const prefixes = new Set<string>();
let longest = 1;

function setEntry(key: string, entry: GazetteerEntry): void {
  entries.set(key, entry);
  let space = key.indexOf(" ");
  if (space === -1) return;
  let parts = 1;
  for (; space !== -1; space = key.indexOf(" ", space + 1)) {
    prefixes.add(key.slice(0, space));
    parts++;
  }
  longest = Math.max(longest, parts);
}

function isAcronym(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase();
}

function add(
  surface: string,
  canonical: string,
  kind: EntityKind,
  priority: number,
  extra: Partial<GazetteerEntry> = {},
): void {
  const key = keyOf(surface);
  if (!key) return;
  const existing = entries.get(key);
  if (existing && existing.priority > priority) return;
  setEntry(key, { canonical, kind, acronym: isAcronym(surface), surface, priority, ...extra });
}

/** Demonyms ("Japanese", "Americans") -> the country's canonical name. */
const demonyms = new Map<string, string>();
/** Members of peoples and faiths that are no country's demonym ("kurd", "moslem"): data/peoples.json. */
const peopleWords = new Set<string>(peoples.words);
/** Given names and surnames from compromise's lexicon: evidence that a run is a person. */
const firstNames = new Set<string>();
const lastNames = new Set<string>();

// Lowest priority first: the package names (already merged by priority), then curated data.
{
  const generated = JSON.parse(
    readFileSync(new URL("./data/package-gazetteer.json", import.meta.url), "utf8"),
  ) as PackageGazetteer;
  for (const [key, surface, canonical, kind, priority, capitalOf] of generated.names) {
    setEntry(key, {
      canonical: canonical || surface,
      kind,
      acronym: isAcronym(surface),
      surface,
      priority,
      ...(capitalOf ? { capitalOf } : {}),
    });
  }
  for (const [key, country] of generated.demonyms) demonyms.set(key, country);
  for (const name of generated.firstNames) firstNames.add(name);
  for (const name of generated.lastNames) lastNames.add(name);
}

{
  for (const [name, aliases] of Object.entries(countryAliases.extra)) {
    add(name, name, "country", 5);
    for (const alias of aliases) add(alias, name, "country", 5);
  }
  for (const [name, aliases] of Object.entries(countryAliases.aliases)) {
    for (const alias of aliases) add(alias, name, "country", 5);
  }
  for (const [name, list] of Object.entries(countryAliases.demonyms)) {
    for (const d of list) demonyms.set(keyOf(d), name);
  }
  for (const region of countryAliases.regions) add(region, region, "place", 5);
  add("D.C.", "Washington D.C.", "place", 5);
}

{
  for (const e of [...namedThings.entries, ...organizations.entries]) {
    const kind = e.kind as EntityKind;
    add(e.name, e.name, kind, 6);
    for (const alias of e.aliases) add(alias, e.name, kind, 6);
  }
}

/** The entry for a token key, if any. */
export function lookup(key: string): GazetteerEntry | undefined {
  return entries.get(key);
}
/** Whether some known name starts with these tokens and goes on. */
export function isPrefix(key: string): boolean {
  return prefixes.has(key);
}
/** The most tokens any known name has. */
export function longestName(): number {
  return longest;
}
/** The country a demonym points to ("japanese" -> Japan). */
export function demonymCountry(key: string): string | undefined {
  return demonyms.get(key);
}
/** Whether a lower-case word names members of a people or a faith, singular or plural ("kurds", "moslem"). */
export function isPeopleWord(lower: string): boolean {
  return peopleWords.has(lower) || (lower.endsWith("s") && peopleWords.has(lower.slice(0, -1)));
}
export function isFirstName(lower: string): boolean {
  return firstNames.has(lower);
}
export function isLastName(lower: string): boolean {
  return lastNames.has(lower);
}
/** Whether a lower-case word is a known given name or surname. */
export function isNameWord(lower: string): boolean {
  return firstNames.has(lower) || lastNames.has(lower);
}
/** Whether a lower-case word is an ordinary English word that is no known given name or surname ("grand", not "rose"). */
export function isPlainWord(lower: string): boolean {
  return isEnglishWord(lower) && !isNameWord(lower);
}
