// Generates data/package-gazetteer.json: the names the extractor takes from maintained packages
// (compromise's lexicon, city-timezones, world-countries), filtered by the English word list.
//   npx tsx src/extract/entities/build-gazetteer.ts
// Why generated: building this at every start-up loaded all of compromise (0.4 s) and walked
// 7,000 cities and 275,000 words (0.25 s) to keep ~20,000 names; the JSON loads in milliseconds.
// Re-run after upgrading one of these packages or changing the tokenizer (keys are token keys);
// tests/extract/entities/build-gazetteer.test.ts fails while the file is stale. The hand-written
// lists beside it (organizations.json, country-aliases.json) are applied at load time instead,
// so editing them needs no rebuild.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import type { EntityKind } from "../../types.js";
import { keyOf } from "./tokenize.js";

const require = createRequire(import.meta.url);

/** One name: [key, surface, canonical, kind, priority, capitalOf]; canonical "" means the surface. */
export type PackageName = [
  key: string,
  surface: string,
  canonical: string,
  kind: EntityKind,
  priority: number,
  capitalOf: string,
];

/** The generated file's shape. */
export interface PackageGazetteer {
  $comment: string;
  /** `name@version` of each source package, so a stale file is easy to spot. */
  sources: string[];
  /** Names after priority merging (a key listed by two sources keeps the higher priority). */
  names: PackageName[];
  /** Demonym key -> country canonical name. */
  demonyms: [key: string, country: string][];
  /** Given names and surnames from compromise's lexicon: evidence that a run is a person. */
  firstNames: string[];
  lastNames: string[];
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

const SOURCES = ["compromise", "city-timezones", "world-countries", "an-array-of-english-words"];

function titleCase(lower: string): string {
  return lower.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** `name@version` of an installed package (its package.json may not be exported: walk up from its entry). */
function versionOf(name: string): string {
  for (let folder = dirname(require.resolve(name)); dirname(folder) !== folder; folder = dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name) return `${name}@${manifest.version ?? "unknown"}`;
    } catch {
      // No manifest at this level: keep walking up.
    }
  }
  return `${name}@unknown`;
}

/** Builds the package-derived gazetteer; priorities: lexicon 1, provinces 1.5, cities 2, capitals 3, countries 4. */
export function buildPackageGazetteer(): PackageGazetteer {
  const englishWords = new Set(require("an-array-of-english-words") as string[]);
  const names = new Map<string, PackageName>();
  const add = (surface: string, canonical: string, kind: EntityKind, priority: number, capitalOf = ""): void => {
    const key = keyOf(surface);
    if (!key) return;
    const existing = names.get(key);
    if (existing && existing[4] > priority) return;
    // Replace in place keeps the first-seen order, so the file diffs well between versions.
    names.set(key, [key, surface, canonical === surface ? "" : canonical, kind, priority, capitalOf]);
  };
  const demonyms = new Map<string, string>();
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();

  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    for (const tag of list) {
      if (tag === "FirstName" || tag === "MaleName" || tag === "FemaleName") firstNames.add(word);
      else if (tag === "LastName") lastNames.add(word);
      else if ((tag === "City" || tag === "Region") && !englishWords.has(word))
        add(titleCase(word), titleCase(word), "place", 1);
      // Towns, districts and sites ("Croydon", "Tottenham", "Euston"); its abbreviations ("rd",
      // "calif", airport codes) and phrases of common words ("main street", "old town") are no names.
      else if (
        tag === "Place" &&
        !list.includes("Abbreviation") &&
        word.length > 3 &&
        !word.split(" ").every((w) => englishWords.has(w))
      )
        add(titleCase(word), titleCase(word), "place", 1);
      else if (tag === "SportsTeam") add(titleCase(word), titleCase(word), "organization", 1);
      // Its Organization list mixes abbreviations ("dept", "inc") with names: keep real names.
      else if (tag === "Organization" && word.length > 3 && !englishWords.has(word))
        add(titleCase(word), titleCase(word), "organization", 1);
      else if (tag === "Person" && word.includes(" ")) add(titleCase(word), titleCase(word), "person", 1);
    }
  }

  const cities = require("city-timezones/data/cityMap.json") as CityRecord[];
  for (const c of cities) {
    // Provinces named like words ("Western", "Central") are words far more often.
    if (c.province && c.province !== c.country && !englishWords.has(c.province.toLowerCase()))
      add(c.province, c.province, "place", 1.5);
  }
  for (const c of cities) {
    // A city named like a common word ("Reading", "Mobile", "Split") needs to be big to count.
    const common = englishWords.has(c.city_ascii.toLowerCase());
    if (common && c.pop < 500_000) continue;
    add(c.city, c.city, "place", 2);
    if (c.city_ascii !== c.city) add(c.city_ascii, c.city, "place", 2);
  }

  const countries = require("world-countries") as WorldCountry[];
  for (const c of countries) {
    const name = c.name.common;
    for (const cap of c.capital ?? []) {
      add(cap, cap, "place", 3, name);
      // "Washington D.C." is written "Washington" far more often.
      const bare = cap.replace(/,?\s+D\.C\.$/, "");
      if (bare !== cap) add(bare, cap, "place", 3, name);
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

  return {
    $comment:
      "GENERATED by build-gazetteer.ts from the packages in `sources` — " + "do not edit by hand; see that script.",
    sources: SOURCES.map(versionOf),
    names: [...names.values()],
    demonyms: [...demonyms],
    firstNames: [...firstNames],
    lastNames: [...lastNames],
  };
}

/** One name per line: the file stays reviewable in diffs and parses as fast as any JSON. */
export function formatPackageGazetteer(data: PackageGazetteer): string {
  const list = (items: readonly unknown[]): string =>
    `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(",\n")}\n ]`;
  return [
    "{",
    ` "$comment": ${JSON.stringify(data.$comment)},`,
    ` "sources": ${JSON.stringify(data.sources)},`,
    ` "names": ${list(data.names)},`,
    ` "demonyms": ${list(data.demonyms)},`,
    ` "firstNames": ${JSON.stringify(data.firstNames)},`,
    ` "lastNames": ${JSON.stringify(data.lastNames)}`,
    "}",
    "",
  ].join("\n");
}

export const PACKAGE_GAZETTEER_FILE = fileURLToPath(new URL("./data/package-gazetteer.json", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const data = buildPackageGazetteer();
  writeFileSync(PACKAGE_GAZETTEER_FILE, formatPackageGazetteer(data));
  process.stderr.write(
    `${data.names.length} names, ${data.demonyms.length} demonyms, ${data.firstNames.length} given names, ` +
      `${data.lastNames.length} surnames -> ${PACKAGE_GAZETTEER_FILE}\n`,
  );
}
