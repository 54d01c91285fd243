// What the extractor knows before it reads a word, built once at module load from maintained
// packages (world-countries, city-timezones, compromise's lexicon, an English word list) and the
// hand-written data files beside this one. Keys are token sequences as `tokenize` cuts them,
// lower-cased and joined by one space, so a name matches exactly when the text's tokens do.
import { createRequire } from "node:module";
import nlp from "compromise";
import type { EntityKind } from "../../types.js";
import { tokenize } from "./tokenize.js";
import organizations from "./data/organizations.json" with { type: "json" };
import countryAliases from "./data/country-aliases.json" with { type: "json" };

const require = createRequire(import.meta.url);

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

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}
interface CityRecord {
  city: string;
  city_ascii: string;
  pop: number;
  country: string;
  province?: string;
}

/** Token key of a phrase: the lookup key used everywhere. */
export function keyOf(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.lower)
    .join(" ");
}

const englishWords: Set<string> = new Set(require("an-array-of-english-words") as string[]);
/** Whether a lower-case word is an ordinary English word (so capitalisation alone proves little). */
export function isEnglishWord(lower: string): boolean {
  return englishWords.has(lower);
}

const entries = new Map<string, GazetteerEntry>();
/** Every proper prefix of a key, so a run may grow through "of"/"and" only toward a known name. */
const prefixes = new Set<string>();
let longest = 1;

function add(surface: string, canonical: string, kind: EntityKind, priority: number, extra: Partial<GazetteerEntry> = {}): void {
  const key = keyOf(surface);
  if (!key) return;
  const existing = entries.get(key);
  if (existing && existing.priority > priority) return;
  const letters = surface.replace(/[^\p{L}]/gu, "");
  const acronym = letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase();
  entries.set(key, { canonical, kind, acronym, surface, priority, ...extra });
  const parts = key.split(" ");
  longest = Math.max(longest, parts.length);
  for (let i = 1; i < parts.length; i++) prefixes.add(parts.slice(0, i).join(" "));
}

/** Demonyms ("Japanese", "Americans") -> the country's canonical name. */
const demonyms = new Map<string, string>();
/** Given names and surnames from compromise's lexicon: evidence that a run is a person. */
const firstNames = new Set<string>();
const lastNames = new Set<string>();

// Lowest priority first: compromise's lexicon, then cities, regions, countries, curated data.
{
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    for (const tag of list) {
      if (tag === "FirstName" || tag === "MaleName" || tag === "FemaleName") firstNames.add(word);
      else if (tag === "LastName") lastNames.add(word);
      else if ((tag === "City" || tag === "Region") && !englishWords.has(word)) add(titleCase(word), titleCase(word), "place", 1);
      else if (tag === "SportsTeam") add(titleCase(word), titleCase(word), "organization", 1);
      // Its Organization list mixes abbreviations ("dept", "inc") with names: keep real names.
      else if (tag === "Organization" && word.length > 3 && !englishWords.has(word)) add(titleCase(word), titleCase(word), "organization", 1);
      else if (tag === "Person" && word.includes(" ")) add(titleCase(word), titleCase(word), "person", 1);
    }
  }
}

{
  const cities = require("city-timezones/data/cityMap.json") as CityRecord[];
  for (const c of cities) {
    // Provinces named like words ("Western", "Central") are words far more often.
    if (c.province && c.province !== c.country && !englishWords.has(c.province.toLowerCase())) add(c.province, c.province, "place", 1.5);
  }
  for (const c of cities) {
    // A city named like a common word ("Reading", "Mobile", "Split") needs to be big to count.
    const common = englishWords.has(c.city_ascii.toLowerCase());
    if (common && c.pop < 500_000) continue;
    add(c.city, c.city, "place", 2);
    if (c.city_ascii !== c.city) add(c.city_ascii, c.city, "place", 2);
  }
}

{
  const countries = require("world-countries") as WorldCountry[];
  for (const c of countries) {
    const name = c.name.common;
    for (const cap of c.capital ?? []) {
      add(cap, cap, "place", 3, { capitalOf: name });
      // "Washington D.C." is written "Washington" far more often.
      const bare = cap.replace(/,?\s+D\.C\.$/, "");
      if (bare !== cap) add(bare, cap, "place", 3, { capitalOf: name });
    }
  }
  for (const c of countries) {
    const name = c.name.common;
    add(name, name, "country", 4);
    add(c.name.official, name, "country", 4);
    for (const alt of c.altSpellings) {
      // Two-letter ISO codes ("IN", "IT", "BE") are words in capitals: only curated ones count.
      if (alt.length > 2) add(alt, name, "country", 4);
    }
    const dem = c.demonyms?.["eng"];
    if (dem) {
      for (const d of [dem.m, dem.f]) {
        if (!d) continue;
        demonyms.set(keyOf(d), name);
        if (/(an|i|ese)$/.test(d) === false || d.endsWith("ese")) continue;
        demonyms.set(keyOf(d + "s"), name);
      }
    }
  }
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
  for (const e of organizations.entries) {
    const kind = e.kind as EntityKind;
    add(e.name, e.name, kind, 6);
    for (const alias of e.aliases) add(alias, e.name, kind, 6);
  }
}

function titleCase(lower: string): string {
  return lower.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
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
export function isFirstName(lower: string): boolean {
  return firstNames.has(lower);
}
export function isLastName(lower: string): boolean {
  return lastNames.has(lower);
}
