// Cuts the capitalised runs of a text into name candidates: "The Kiel Institute for the World
// Economy" -> "Kiel Institute for the World Economy"; "U.S. President Joe Biden" -> "U.S." and
// "Joe Biden" (a person: a title stood before it). Headlines in capitals are left to
// `capsLineChunks`, which only accepts names already known.
import {
  CALENDAR_WORDS,
  COMPASS_WORDS,
  EVENT_TAILS,
  FAITH_WORDS,
  GIVEN_NAME_WORDS,
  isContraction,
  LAW_TAILS,
  LEADING_DESCRIPTORS,
  LEADING_NOISE,
  NAME_CONNECTORS,
  ORG_HEADS_FIRST,
  ORG_TAILS,
  PERSON_PARTICLES,
  PLACE_HEADS_FIRST,
  PLACE_TAILS,
  TITLE_HEADS,
  TITLE_WORDS,
} from "./cue-words.js";
import { isCommonAcronym } from "./common-acronyms.js";
import {
  demonymCountry,
  isEnglishWord,
  isFirstName,
  isPeopleWord,
  isPlainWord,
  isPrefix,
  longestName,
  lookup,
} from "./gazetteer.js";
import type { Token } from "./tokenize.js";

/**
 * The most tokens a capitalised run may have to be read as names. The longest real names run to
 * about ten ("Secretary of State for Foreign, Commonwealth and Development Affairs", "Kiel
 * Institute for the World Economy" is six); 24 leaves room for a title before a long name. A
 * paste of 200 KB of capitalised words was one run of 30,000 tokens and took 79 s and 3 GB.
 */
export const MAX_NAME_RUN_TOKENS = 24;

const QUALIFIER = /-(?:based|controlled|owned|born|led|backed|run|listed)$|^ex-/;
/** A capitalised word joined to a lower-case one is a compound adjective or pronoun, not a name:
 * "Oscar-nominated", "Labour-controlled", "No-one" (names join capitals: "Lewis-Francis"). */
const LOWER_COMPOUND = /-\p{Ll}[\p{Ll}-]*$/u;
const qualifies = (token: Token): boolean => QUALIFIER.test(token.lower) || LOWER_COMPOUND.test(token.text);

/** A candidate name: tokens `first..last` (inclusive). */
export interface NameChunk {
  first: number;
  last: number;
  /** A title or role stood just before it inside the run ("President Joe Biden"). */
  afterTitle: boolean;
  /** Found on a capitals line by matching a known name. */
  capsLine: boolean;
}

/** Token key of tokens `first..last`. */
export function chunkKey(tokens: Token[], first: number, last: number): string {
  let key = "";
  for (let i = first; i <= last; i++) key += (i === first ? "" : " ") + (tokens[i] as Token).lower;
  return key;
}

function isCapWord(t: Token | undefined, line: number): t is Token {
  return t !== undefined && t.word && t.cap && !t.capsLine && t.line === line;
}

function runHasHead(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const l = (tokens[i] as Token).lower;
    if (ORG_HEADS_FIRST.has(l) || ORG_TAILS.has(l) || PLACE_HEADS_FIRST.has(l)) return true;
  }
  return false;
}

/**
 * "Guangdong Post and Telecommunications Administration", "London International Financial
 * Futures and Options Exchange": "and" inside one organisation's name, when the capitals after it
 * end in an organisation's word and those before it are no name of their own (not "Foreign
 * Office and Home Office", not "Britain and France").
 */
function joinsOneOrganisation(tokens: Token[], first: number, and: number, end: number): boolean {
  const before = tokens[and - 1] as Token;
  if (!ORG_TAILS.has((tokens[end] as Token).lower) || ORG_TAILS.has(before.lower) || and - first < 2) return false;
  // Two names listed: people ("Phil Seary and Dane Chinnery"), or a name the text also writes on
  // its own ("West Wing and Oval Office" beside "the Oval Office"); one word after "and" is too
  // little ("Enterprise News and Pictures").
  if (end - and < 2 || isFirstName((tokens[first] as Token).lower) || isFirstName((tokens[and + 1] as Token).lower))
    return false;
  for (let i = and + 1; i < end; i++) if (lookup(chunkKey(tokens, i, end))) return false;
  if (writtenElsewhere(tokens, and + 1, end)) return false;
  for (let i = first; i < and; i++) if (lookup(chunkKey(tokens, i, and - 1))) return false;
  return true;
}

/** Whether the words of tokens `first..last` stand elsewhere in the text, not right after "and". */
function writtenElsewhere(tokens: Token[], first: number, last: number): boolean {
  const n = last - first + 1;
  for (let i = 0; i + n <= tokens.length; i++) {
    if (i === first || tokens[i - 1]?.lower === "and") continue;
    let same = true;
    for (let k = 0; k < n && same; k++) same = (tokens[i + k] as Token).lower === (tokens[first + k] as Token).lower;
    if (same) return true;
  }
  return false;
}

/** Whether the words of tokens `first..last` stand elsewhere in the text with no "of" after them. */
function standsAlone(tokens: Token[], first: number, last: number): boolean {
  const n = last - first + 1;
  for (let i = 0; i + n <= tokens.length; i++) {
    if (i === first || tokens[i + n]?.lower === "of") continue;
    let same = true;
    for (let k = 0; k < n && same; k++) same = (tokens[i + k] as Token).text === (tokens[first + k] as Token).text;
    if (same) return true;
  }
  return false;
}

/** Whether lower-case connector tokens `c1..c2` may join the run `first..c1-1` to the capital at c2+1. */
function connectorFits(tokens: Token[], first: number, c1: number, c2: number): boolean {
  if (isPrefix(chunkKey(tokens, first, c2))) return true;
  // "The Freedom of Information Act": a known name may start after a leading determiner.
  if (first < c1 - 1 && LEADING_NOISE.has((tokens[first] as Token).lower) && isPrefix(chunkKey(tokens, first + 1, c2)))
    return true;
  // "Freedom of Information Act", "Cup of Nations": the capitals after the connector end in an
  // event's or a law's word, which names the whole phrase.
  let end = c2 + 1;
  while (isCapWord(tokens[end + 1], (tokens[c2 + 1] as Token).line) && !(tokens[end] as Token).possessive) end++;
  const tail = (tokens[end] as Token).lower;
  if (EVENT_TAILS.has(tail) || LAW_TAILS.has(tail)) return true;
  const lows = tokens.slice(c1, c2 + 1).map((t) => t.lower);
  const only = lows[0] ?? "";
  // "Treaty of Baden", "War of the Spanish Succession": a law's or an event's word heads the name.
  const lead = LEADING_NOISE.has((tokens[first] as Token).lower) ? first + 1 : first;
  const leadLow = (tokens[lead] as Token).lower;
  if (c1 - 1 === lead && only === "of" && (LAW_TAILS.has(leadLow) || EVENT_TAILS.has(leadLow))) return true;
  // "Ludwig van Beethoven", "Joost van der Westhuizen": one or two particles inside a person's name.
  if (lows.every((l) => PERSON_PARTICLES.has(l))) return true;
  if (lows.some((l) => l === "and" || l === "&"))
    return only === "&" || (only === "and" && lows.length === 1 && joinsOneOrganisation(tokens, first, c1, end));
  // "the Oval Office of the White House": a name the text also writes on its own, then "of" and
  // a known organisation, are two names. Not "Bank of England", whose head alone names nothing,
  // nor "United Bank of Africa" beside "United Bank": what follows "of" there is a place.
  const after = lookup(chunkKey(tokens, c2 + 1, end));
  if (only === "of" && c1 - first >= 2 && after?.kind === "organization" && standsAlone(tokens, first, c1 - 1))
    return false;
  return runHasHead(tokens, first, c1 - 1);
}

/**
 * "Organisation for Security and Cooperation in Europe": an organisation's name that opens with
 * its head word and joins its words with "of"/"for" may end in "in" and a country or region. Not
 * a known name ("Bank of England in London") nor one ending in its head ("Foreign Office in
 * London"). The last token of the place, or undefined.
 */
function placeAfterIn(tokens: Token[], first: number, last: number): number | undefined {
  const within = tokens[last + 1];
  if (!within || within.lower !== "in" || within.cap) return undefined;
  while (first < last && LEADING_NOISE.has((tokens[first] as Token).lower)) first++;
  if (first === last) return undefined;
  const head = (tokens[first] as Token).lower;
  if (!(ORG_HEADS_FIRST.has(head) || ORG_TAILS.has(head)) || ORG_TAILS.has((tokens[last] as Token).lower))
    return undefined;
  if (lookup(chunkKey(tokens, first, last))) return undefined;
  let joined = false;
  for (let j = first + 1; j < last; j++) if (["of", "for"].includes((tokens[j] as Token).lower)) joined = true;
  if (!joined) return undefined;
  let found: number | undefined;
  for (let j = last + 2; isCapWord(tokens[j], within.line) && j < last + 2 + longestName(); j++) {
    const entry = lookup(chunkKey(tokens, last + 2, j));
    if (entry && (entry.kind === "country" || entry.kind === "place")) found = j;
  }
  return found !== undefined && !isCapWord(tokens[found + 1], within.line) ? found : undefined;
}

const SAINTS = new Set(["st", "st.", "saint"]);

/** "from New Addington": "New" inside a sentence before a word that is no English word opens a place's name. */
function newBeforeName(tokens: Token[], first: number, last: number): boolean {
  const t = tokens[first] as Token;
  const next = tokens[first + 1];
  return t.lower === "new" && !t.sentStart && first < last && next !== undefined && !isEnglishWord(next.lower);
}

/** Whether token j is a capitalised head of an institution or site ("Hospital", "College", "Park"). */
function institutionAt(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && t.cap && (ORG_TAILS.has(t.lower) || PLACE_TAILS.has(t.lower));
}

/** The capitalised runs of ordinary (not all-capitals) lines, cut into name chunks. */
export function nameChunks(tokens: Token[], midSentenceCaps: Set<string>): NameChunk[] {
  const out: NameChunk[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i] as Token;
    if (!isCapWord(start, start.line)) continue;
    let last = i;
    for (;;) {
      if ((tokens[last] as Token).possessive) {
        // "Democratic People's Republic of Korea": a possessive inside a known name is part of it;
        // so is a saint's before the institution named after them ("St George's Hospital").
        const saints = SAINTS.has(start.lower) && last === i + 1 && institutionAt(tokens, last + 2);
        if ((!isPrefix(chunkKey(tokens, i, last + 1)) && !saints) || !isCapWord(tokens[last + 2], start.line)) break;
        last += 2;
        continue;
      }
      const next = tokens[last + 1];
      if (isCapWord(next, start.line)) {
        last++;
        continue;
      }
      // Up to two lower-case connectors ("of", "for the") between capitals.
      let c2 = last + 1;
      while (
        c2 <= last + 2 &&
        tokens[c2] &&
        NAME_CONNECTORS.has((tokens[c2] as Token).lower) &&
        !(tokens[c2] as Token).cap
      )
        c2++;
      if (c2 > last + 1 && isCapWord(tokens[c2], start.line) && connectorFits(tokens, i, last + 1, c2 - 1)) {
        last = c2;
        continue;
      }
      const inPlace = placeAfterIn(tokens, i, last);
      if (inPlace !== undefined) last = inPlace;
      break;
    }
    // Longer runs are title-case headlines, lists without commas or shouting, not names; the rules'
    // work on a run grows with its length, so such a run is skipped whole (see MAX_NAME_RUN_TOKENS).
    if (last - i < MAX_NAME_RUN_TOKENS) splitRun(tokens, i, last, midSentenceCaps, out);
    i = last;
  }
  return out;
}

/** Whether a gazetteer name of two or more tokens starts at `first` within the run. */
function startsKnownName(tokens: Token[], first: number, last: number): boolean {
  let key = (tokens[first] as Token).lower;
  for (let j = first + 1; j <= last; j++) {
    key += " " + (tokens[j] as Token).lower;
    if (lookup(key)) return true;
    if (!isPrefix(key)) return false;
  }
  return false;
}

/**
 * Whether tokens `first..last` open a results row: first on their line, then a small score and
 * either more scores ("Reading 4 1 1 2 5 10 4") or another name and its score ("Reading 2 Bury
 * 1"). Not a table of figures ("Net 1,234", "Sales 45.3") nor a count in a sentence ("Around 20
 * people").
 */
function opensScoreRow(tokens: Token[], first: number, last: number): boolean {
  const line = (tokens[first] as Token).line;
  const prev = tokens[first - 1];
  if (prev !== undefined && prev.line === line) return false;
  const score = (t: Token | undefined): boolean => t !== undefined && t.line === line && /^\d{1,2}$/.test(t.text);
  if (!score(tokens[last + 1])) return false;
  const then = tokens[last + 2];
  return (
    (score(then) && score(tokens[last + 3])) ||
    (then !== undefined && then.line === line && then.cap && score(tokens[last + 3]))
  );
}

/** Words for a company's legal form, which end its name. */
const LEGAL_FORMS = new Set([
  "inc",
  "inc.",
  "corp",
  "corp.",
  "co",
  "co.",
  "ltd",
  "ltd.",
  "plc",
  "llc",
  "ag",
  "sa",
  "nv",
  "bv",
  "gmbh",
  "spa",
]);

/**
 * The index of an "of" inside `first..last` that a known country or place (with "the" or not)
 * follows to the end of the run, when there is one and a name before it: "Tono Eitel of Germany".
 */
function ofKnownPlace(tokens: Token[], first: number, last: number): number | undefined {
  for (let i = first + 1; i < last; i++) {
    if ((tokens[i] as Token).lower !== "of" || (tokens[i] as Token).cap) continue;
    const from = (tokens[i + 1] as Token).lower === "the" && i + 1 < last ? i + 2 : i + 1;
    const entry = lookup(chunkKey(tokens, from, last));
    if (entry && (entry.kind === "country" || entry.kind === "place")) return i;
  }
  return undefined;
}

/** One capital letter, with a dot or not ("N", "W."); initials of more letters may be an acronym ("F.B.I."). */
const INITIALS = /^\p{Lu}\.?$/u;

/** Whether token i is a letter joined by a slash to another ("N/A", "A/S"). */
function slashedLetter(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return /^\p{Lu}$/u.test(t.text) && (tokens[i + 1]?.text === "/" || tokens[i - 1]?.text === "/");
}

/**
 * Whether tokens `first..last` read as a person's name: a given name then more ("Dennis
 * Mitchell"), or one word that is no English word (a surname: "Tyson").
 */
function namesPersonAfter(tokens: Token[], first: number, last: number): boolean {
  const head = tokens[first] as Token;
  if (first < last) return isFirstName(head.lower);
  // One word: written as a surname is, and no adjective ("Olympic") or English word.
  return /^\p{Lu}\p{Ll}+$/u.test(head.text) && !/(?:ic|an|ish|ese)$/.test(head.lower) && !isEnglishWord(head.lower);
}

/** Whether tokens first..last are a known place or country, or a compass word before one ("East Jerusalem"). */
function placeFollows(tokens: Token[], first: number, last: number): boolean {
  if (first > last) return false;
  const from = COMPASS_WORDS.has((tokens[first] as Token).lower) && first < last ? first + 1 : first;
  const entry = lookup(chunkKey(tokens, from, last)) ?? lookup(chunkKey(tokens, first, last));
  return entry !== undefined && (entry.kind === "place" || entry.kind === "country");
}

/**
 * Whether a demonym and the one surname-like word after it ("Dane Chinnery", "Finn Brennan") are
 * a person's given name and surname: the text writes the pair twice or more and never the
 * surname alone. A demonym describing a person ("Briton Hamilton") is written once, and the
 * report goes on with the surname alone ("Hamilton said").
 */
function demonymIsGivenName(tokens: Token[], first: number, last: number): boolean {
  if (last !== first + 1 || !namesPersonAfter(tokens, last, last)) return false;
  const given = (tokens[first] as Token).lower;
  const surname = (tokens[last] as Token).lower;
  let pairs = 0;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).lower !== surname) continue;
    if (tokens[i - 1]?.lower !== given) return false;
    pairs++;
  }
  return pairs >= 2;
}

/** Pronouns that open a sentence and are never part of a name. */
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we"]);

/** A word written in capitals: two letters or more, none of them lower case ("WARS", "DS"). */
const inCapitals = (token: Token): boolean =>
  token.word && token.text.length >= 2 && token.text === token.text.toUpperCase() && token.text !== token.lower;

/**
 * Where a sentence opens in the run after two or more words in capitals, one of them of three
 * letters or more (so not "UK US"): a determiner in title case ("The", "A") right after them.
 */
function sentenceAfterCapitals(tokens: Token[], first: number, last: number): number | undefined {
  for (let k = first + 2; k <= last; k++) {
    const t = tokens[k] as Token;
    if (!LEADING_NOISE.has(t.lower) || inCapitals(t)) continue;
    const a = tokens[k - 1] as Token;
    const b = tokens[k - 2] as Token;
    if (inCapitals(a) && inCapitals(b) && (a.text.length >= 3 || b.text.length >= 3)) return k;
  }
  return undefined;
}

function splitRun(tokens: Token[], first: number, last: number, midCaps: Set<string>, out: NameChunk[]): void {
  if (lookup(chunkKey(tokens, first, last))) {
    out.push({ first, last, afterTitle: false, capsLine: false });
    return;
  }
  // "ADVANCE WARS DS The UK Nintendo DS launch line-up": a heading in capitals that lost its line
  // break runs into the sentence after it. No name goes on from words in capitals to "The"; the
  // capitals, like a capitals line's (capsLineChunks), are a name only when it is a known one.
  const opening = sentenceAfterCapitals(tokens, first, last);
  if (opening !== undefined) {
    if (lookup(chunkKey(tokens, first, opening - 1)))
      out.push({ first, last: opening - 1, afterTitle: false, capsLine: true });
    splitRun(tokens, opening, last, midCaps, out);
    return;
  }
  // "in the Oval Office He said": pasted text that lost a full stop runs a name into the next
  // sentence, whose pronoun ends the run; no name ends in one. Inside a run a pronoun may be a
  // title's ("Are We There Yet", "Shall We Dance").
  if (last > first && SUBJECT_PRONOUNS.has((tokens[last] as Token).lower)) {
    splitRun(tokens, first, last - 1, midCaps, out);
    return;
  }
  // Determiners, sentence adverbs and contractions in front ("The", "However", "I'm"), calendar
  // words at either end; never the first word of a known name ("New York City", not "York City").
  for (; first <= last; first++) {
    const low = (tokens[first] as Token).lower;
    if (!(
      LEADING_NOISE.has(low) ||
      isContraction(low) ||
      ((CALENDAR_WORDS.has(low) || LEADING_DESCRIPTORS.has(low)) &&
        !startsKnownName(tokens, first, last) &&
        !newBeforeName(tokens, first, last))
    ))
      break;
  }
  // Common nouns in capitals at the end ("Labour MPs", "Sony PCs") are not part of the name, nor a
  // letter that a slash joins to another ("Net Income N/A").
  while (
    last >= first &&
    (CALENDAR_WORDS.has((tokens[last] as Token).lower) ||
      isContraction((tokens[last] as Token).lower) ||
      (last > first && isCommonAcronym((tokens[last] as Token).text)) ||
      slashedLetter(tokens, last))
  )
    last--;
  // Connectors left dangling at an edge by the cuts above.
  while (first <= last && !(tokens[first] as Token).cap) first++;
  while (last >= first && !(tokens[last] as Token).cap) last--;
  if (first > last) return;
  // "Secretary of State John Kornblum": the run after "of" goes on with the office's words; the
  // name is what follows them, when it opens with a given name.
  const ofWord = tokens[first - 1];
  if (ofWord && (ofWord.lower === "of" || ofWord.lower === "for") && TITLE_HEADS.has(tokens[first - 2]?.lower ?? "")) {
    let n = first;
    while (n < last && TITLE_WORDS.has((tokens[n] as Token).lower)) n++;
    if (n > first && n < last && isFirstName((tokens[n] as Token).lower)) {
      out.push({ first: n, last, afterTitle: true, capsLine: false });
      return;
    }
  }
  const head = tokens[first] as Token;
  // A sentence's first word is capitalised anyway: an ordinary English word there is no name
  // unless the text capitalises it mid-sentence too, or it begins a known name, or it opens a
  // results row ("Reading 4 1 1 2 5 10 4": a team).
  if (
    head.sentStart &&
    isEnglishWord(head.lower) &&
    !midCaps.has(head.lower) &&
    !isFirstName(head.lower) &&
    !opensScoreRow(tokens, first, last) &&
    !lookup(head.lower) &&
    !isPrefix(head.lower) &&
    !demonymCountry(head.lower) &&
    !TITLE_HEADS.has(head.lower) &&
    !TITLE_WORDS.has(head.lower) &&
    // "Radio Red quoted police": a station's name opens with the word.
    !(head.lower === "radio" && first < last) &&
    // "7. Frank Busemann (Germany)": a given name that is a word too, before a surname.
    !(GIVEN_NAME_WORDS.has(head.lower) && first < last && !isEnglishWord((tokens[first + 1] as Token).lower))
  ) {
    splitRun(tokens, first + 1, last, midCaps, out);
    return;
  }
  // A leading demonym, people's name or "X-based" qualifies the name after it: "American Dennis
  // Mitchell", "Moslem Serbs", "Ontario-based Magna". The demonym stays a chunk of its own
  // (evidence for its country). "York-based" alone qualifies what follows it in lower case ("a
  // York-based firm"). Not when the run is a known name that opens so ("American Express"), nor,
  // for a word that opens known names, before an unknown one ("Australian Open").
  if (first === last && qualifies(head)) return;
  // A compound qualifier inside the run ends what qualifies the name after it: "Hong Kong-listed
  // Peregrine", "United Nations-sponsored talks" (nothing after it in capitals: no name at all).
  for (let q = last; q > first; q--) {
    if (!qualifies(tokens[q] as Token)) continue;
    if (q < last) splitRun(tokens, q + 1, last, midCaps, out);
    return;
  }
  // "Arab East Jerusalem", "Jewish West Bank": a people's or a faith's adjective before a place
  // (a compass word may open it) qualifies the place.
  const placeAfter = placeFollows(tokens, first + 1, last);
  // A demonym before an organisation's head word is part of its name ("Irish Republican Army",
  // "Iraqi National Congress").
  const organisationAfter = ORG_TAILS.has((tokens[last] as Token).lower) && !lookup(chunkKey(tokens, first + 1, last));
  // Not where the name is an event's: "Brazilian Grand Prix", "European Championships" are named
  // with the demonym (a "Grand Prix" page would stand for every race).
  const eventName = EVENT_TAILS.has((tokens[last] as Token).lower) && demonymCountry(head.lower) !== undefined;
  if (
    first < last &&
    !eventName &&
    (demonymCountry(head.lower) !== undefined ||
      isPeopleWord(head.lower) ||
      qualifies(head) ||
      (placeAfter && FAITH_WORDS.has(head.lower))) &&
    !startsKnownName(tokens, first, last) &&
    (qualifies(head) || !organisationAfter) &&
    !demonymIsGivenName(tokens, first, last) &&
    ((!isPrefix(head.lower) && !isPeopleWord(head.lower)) ||
      namesPersonAfter(tokens, first + 1, last) ||
      placeAfter ||
      lookup(chunkKey(tokens, first + 1, last)) !== undefined)
  ) {
    if (demonymCountry(head.lower) !== undefined) out.push({ first, last: first, afterTitle: false, capsLine: false });
    splitRun(tokens, first + 1, last, midCaps, out);
    return;
  }
  // A letter alone ("N" of "N/A", "W." of "George W. Bush" cut from its name) names nothing.
  if (first === last && INITIALS.test(head.text) && !lookup(head.lower)) return;
  // A word with no vowel is an abbreviation ("Bldg", "Chg", "Shrs" in tables), not a name.
  if (first === last && /^\p{Lu}\p{Ll}+$/u.test(head.text) && !/[aeiouy]/.test(head.lower) && !lookup(head.lower))
    return;
  // "Kia Motor Corp of South Korea": a company's legal form ends its name; "of" and a country
  // after it say where it is.
  const of = ofKnownPlace(tokens, first, last);
  if (of !== undefined && LEGAL_FORMS.has((tokens[of - 1] as Token).lower)) {
    out.push({ first, last: of - 1, afterTitle: false, capsLine: false });
    splitRun(tokens, of + 1, last, midCaps, out);
    return;
  }
  const lastLow = (tokens[last] as Token).lower;
  if (!ORG_TAILS.has(lastLow)) {
    // A title: words from TITLE_WORDS ending in a head from TITLE_HEADS, then the name.
    for (let p = first; p <= last; p++) {
      const low = (tokens[p] as Token).lower;
      if (!TITLE_HEADS.has(low)) continue;
      let t0 = p;
      while (
        t0 > first &&
        (TITLE_WORDS.has((tokens[t0 - 1] as Token).lower) || TITLE_HEADS.has((tokens[t0 - 1] as Token).lower))
      )
        t0--;
      // "President Biden" but not "General Assembly": a title needs a name after it.
      if (t0 > first) splitRun(tokens, first, t0 - 1, midCaps, out);
      let n = p + 1;
      while (
        n <= last &&
        (TITLE_HEADS.has((tokens[n] as Token).lower) || TITLE_WORDS.has((tokens[n] as Token).lower)) &&
        n < last
      )
        n++;
      if (n <= last) {
        // Only the name proper: another title later in the run starts a new chunk; "of" and a
        // country after it say where the person is from ("President Tono Eitel of Germany").
        const of = ofKnownPlace(tokens, n, last);
        out.push({ first: n, last: of === undefined ? last : of - 1, afterTitle: true, capsLine: false });
        if (of !== undefined) splitRun(tokens, of + 1, last, midCaps, out);
      }
      return;
    }
  }
  // "Treasurer Peter Costello", "Striker Wayne Rooney": a noun of one who does something before a
  // given name and a surname is a role the title lists lack, not part of the name.
  if (describedPerson(tokens, first, last)) {
    out.push({ first: first + 1, last, afterTitle: true, capsLine: false });
    return;
  }
  out.push({ first, last, afterTitle: false, capsLine: false });
}

/** Agent nouns as English forms them: "treasurer", "speaker", "director", "columnist", "chairman", "defendant". */
const AGENT_NOUN = /^\p{L}{3,}(er|or|ist|man|woman|ant|ent)$/u;

/**
 * Three words or more: an agent noun that is no name, a given name, and no head of a place's or
 * a body's name last. Not any ordinary word: "Ole Gunnar Solskjaer", "Tore Andre Flo" and "San
 * Francisco Ballet" open with words the dictionary has too.
 */
function describedPerson(tokens: Token[], first: number, last: number): boolean {
  if (last - first < 2) return false;
  const head = (tokens[first] as Token).lower;
  const tail = (tokens[last] as Token).lower;
  return (
    AGENT_NOUN.test(head) &&
    isPlainWord(head) &&
    !lookup(head) &&
    isFirstName((tokens[first + 1] as Token).lower) &&
    !ORG_TAILS.has(tail) &&
    !PLACE_TAILS.has(tail) &&
    !lookup(chunkKey(tokens, first, last))
  );
}

/**
 * On a line in capitals only known names count: the longest gazetteer or document match at each
 * token ("ROMANIA BEAT LITHUANIA" -> ROMANIA, LITHUANIA). `known` holds keys the body taught.
 */
export function capsLineChunks(tokens: Token[], known: Set<string>, knownPrefixes: Set<string>): NameChunk[] {
  const out: NameChunk[] = [];
  const max = longestName();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.capsLine || !t.word) continue;
    let found = -1;
    let key = "";
    for (let j = i; j < tokens.length && j < i + max; j++) {
      const tj = tokens[j] as Token;
      if (!tj.capsLine || tj.line !== t.line) break;
      key += (j === i ? "" : " ") + tj.lower;
      const entry = lookup(key);
      if ((entry && !(entry.acronym && isEnglishWord(key))) || known.has(key) || (j === i && demonymCountry(key)))
        found = j;
      if (!isPrefix(key) && !knownPrefixes.has(key)) break;
    }
    if (found >= 0) {
      out.push({ first: i, last: found, afterTitle: false, capsLine: true });
      i = found;
    }
  }
  return out;
}
