// Places introduced as places: "the town of Staouelli", "the village of Mahala", a name
// qualified by its country or region: "Stirling, Scotland", and a name before the kind of
// site it is: "the Sandilands stop", "the Interlagos circuit", "Paddington station"; and a part of
// a listed place named by a compass word: "South London", "East Jerusalem", "northern Iraq".
import { COMPASS_WORDS, FAITH_WORDS, ORG_TAILS } from "../cue-words.js";
import { demonymCountry, isEnglishWord, isPeopleWord, lookup } from "../gazetteer.js";
import { chunkKey } from "../name-chunks.js";
import { after, before, chunkTokens, type Rule, type RuleInput, type Verdict } from "./rule.js";

const PLACE_NOUNS = new Set([
  "town",
  "city",
  "village",
  "region",
  "province",
  "district",
  "capital",
  "port",
  "suburb",
  "state",
  "island",
  "county",
  "area",
  "outskirts",
  "municipality",
  "republic",
  "enclave",
  "resort",
  "neighbourhood",
  "neighborhood",
]);

/** Sites named after a place, written just after its name in lower case; not what a person has. */
const SITE_NOUNS = new Set([
  "stop",
  "station",
  "circuit",
  "racetrack",
  "racecourse",
  "junction",
  "interchange",
  "roundabout",
  "terminal",
  "airport",
  "stadium",
  "airfield",
  "airbase",
  "crossing",
  "underpass",
  "flyover",
  "motorway",
  "tunnel",
  "bridge",
  "harbour",
  "harbor",
  "marina",
  "quay",
  "pier",
  "port",
  "mountains",
  "hills",
  "valley",
  "sanatorium",
  "church",
  "cathedral",
  "mosque",
  "temple",
  "village",
  "palace",
  "prison",
  "jail",
]);
/** Sites written just before the name: "the capital Grozny", "main airport Aerodrom Beograd". */
const SITE_BEFORE = new Set(["capital", "airport", "port", "village", "town", "city", "neighbouring", "neighboring"]);

/** AP-style abbreviations of US states, which follow a town and a comma ("St. Petersburg, Fla."). */
const STATE_ABBREVIATIONS: Record<string, string> = {
  ala: "Alabama",
  ariz: "Arizona",
  ark: "Arkansas",
  calif: "California",
  colo: "Colorado",
  conn: "Connecticut",
  del: "Delaware",
  fla: "Florida",
  ga: "Georgia",
  ill: "Illinois",
  ind: "Indiana",
  kan: "Kansas",
  ky: "Kentucky",
  la: "Louisiana",
  md: "Maryland",
  mass: "Massachusetts",
  mich: "Michigan",
  minn: "Minnesota",
  miss: "Mississippi",
  mo: "Missouri",
  mont: "Montana",
  neb: "Nebraska",
  nev: "Nevada",
  okla: "Oklahoma",
  ore: "Oregon",
  pa: "Pennsylvania",
  tenn: "Tennessee",
  tex: "Texas",
  vt: "Vermont",
  va: "Virginia",
  wash: "Washington",
  wis: "Wisconsin",
  wyo: "Wyoming",
};

/** "St. Petersburg, Fla.": a state's abbreviation after a town and a comma. */
function stateAfterTown(input: RuleInput): string | undefined {
  const toks = chunkTokens(input);
  if (toks.length !== 1) return undefined;
  const state = STATE_ABBREVIATIONS[input.key.replace(/\.$/, "")];
  const comma = before(input);
  const town = before(input, 2);
  if (!state || comma?.text !== "," || !town?.cap || !town.word) return undefined;
  return state;
}

const SAINTS = new Set(["st", "st.", "saint"]);
/** What is named after a saint, written in lower case after the possessive: bodies, then sites. */
const SAINTS_BODIES = new Set([
  "hospital",
  "hospitals",
  "university",
  "college",
  "school",
  "academy",
  "hospice",
  "infirmary",
]);
const SAINTS_SITES = new Set(["church", "cathedral", "chapel", "abbey", "basilica", "park", "square"]);

/**
 * "taken to St George's university hospital", "St Mary's primary school": a saint's name in the
 * possessive before an institution's or a site's noun names the institution, not a person (as
 * "St George's Hospital" does in capitals). Its name is the saint's and the noun's, so that the
 * report writing it in lower case and the one in capitals name one hospital.
 */
function saintsInstitution(input: RuleInput): Verdict | null {
  const toks = chunkTokens(input);
  const possessive = after(input);
  if (toks.length < 2 || !SAINTS.has(toks[0]!.lower) || !toks.at(-1)!.possessive || !possessive) return null;
  for (let k = 2; k <= 4; k++) {
    const t = after(input, k);
    if (!t || !t.word || t.cap) return null;
    const body = SAINTS_BODIES.has(t.lower);
    if (!body && !SAINTS_SITES.has(t.lower)) continue;
    // The last of a run of such nouns is the head: "university hospital".
    const next = after(input, k + 1);
    if (next && next.word && !next.cap && (SAINTS_BODIES.has(next.lower) || SAINTS_SITES.has(next.lower))) continue;
    const noun = t.lower.replace(/s$/, "");
    return {
      kind: body ? "organization" : "place",
      canonical: `${input.text}${possessive.text} ${noun[0]!.toUpperCase()}${noun.slice(1)}`,
      strength: "strong",
      rule: "saints-institution",
    };
  }
  return null;
}

/** The site rule alone, asked before titles and given names: "Charles de Gaulle airport". */
export const placeSiteRule: Rule = {
  name: "place-site",
  apply(input) {
    // "a Moslem village", "a Serb village": a people's word qualifies the site, names none.
    if (isPeopleWord(input.key) || demonymCountry(input.key) || FAITH_WORDS.has(input.key)) return null;
    const saints = saintsInstitution(input);
    if (saints) return saints;
    const n1 = after(input);
    if (n1 && n1.word && !n1.cap && SITE_NOUNS.has(n1.lower) && !ORG_TAILS.has(chunkTokens(input).at(-1)?.lower ?? ""))
      return { kind: "place", canonical: input.text, strength: "strong", rule: "place-site" };
    const p1 = before(input);
    if (p1 && p1.word && !p1.cap && SITE_BEFORE.has(p1.lower) && !input.chunk.afterTitle)
      return { kind: "place", canonical: input.text, strength: "strong", rule: "place-site-before" };
    const state = stateAfterTown(input);
    if (state) return { kind: "place", canonical: state, strength: "strong", rule: "place-state" };
    return null;
  },
};

export const placeCueRule: Rule = {
  name: "place-cue",
  apply(input) {
    const p1 = before(input);
    const p2 = before(input, 2);
    if (p1?.lower === "of" && p2 && PLACE_NOUNS.has(p2.lower))
      return { kind: "place", canonical: input.text, strength: "strong", rule: "place-of" };
    const toks = chunkTokens(input);
    // "New Addington", "New Malden": "New" and a word that is no English word name a place.
    if (toks.length === 2 && toks[0]?.lower === "new" && !isEnglishWord(toks[1]?.lower ?? ""))
      return { kind: "place", canonical: input.text, strength: "strong", rule: "place-new" };
    if (toks.length >= 2 && COMPASS_WORDS.has(toks[0]?.lower ?? "")) {
      const rest = lookup(chunkKey(input.tokens, input.chunk.first + 1, input.chunk.last));
      if (rest && (rest.kind === "place" || rest.kind === "country"))
        return { kind: "place", canonical: input.text, strength: "strong", rule: "place-compass" };
    }
    const n1 = after(input);
    const n2 = after(input, 2);
    if (n1?.text === "," && n2 && n2.cap) {
      const e = lookup(n2.lower);
      if (e && (e.kind === "country" || (e.kind === "place" && !e.capitalOf)))
        return { kind: "place", canonical: input.text, strength: "strong", rule: "place-qualified" };
    }
    return null;
  },
};
