// Teams, clubs and parties are named by what they have: "Chelsea striker", "Arsenal's manager",
// "Labour MPs", "the Tory leader". A name followed by a word for a team's or a party's people is
// an organisation, even one that is also a town or a given name ("Chelsea", "Everton"); so is a
// name with a plural verb ("Chelsea have", "Labour are").
import { ROLE_NOUNS } from "../cue-words.js";
import { isEnglishWord, isFirstName, isLastName, lookup } from "../gazetteer.js";
import { after, before, chunkTokens, type Rule } from "./rule.js";

/** Written straight after the name: "Chelsea striker", "Labour MPs". Not what a person has too
 * ("Trump supporters", "Clinton voters", "the Clinton team", "Blair's spokesman"). */
const MEMBER_NOUNS = new Set([
  "striker",
  "strikers",
  "midfielder",
  "defender",
  "goalkeeper",
  "keeper",
  "winger",
  "playmaker",
  "forward",
  "skipper",
  "manager",
  "boss",
  "coach",
  "chairman",
  "squad",
  "player",
  "players",
  "captain",
  "teammate",
  "team-mate",
  "academy",
  "debut",
  "youngster",
  "mp",
  "mps",
  "msp",
  "msps",
  "mep",
  "meps",
  "candidate",
  "candidates",
  "backbencher",
  "backbenchers",
  "frontbencher",
  "councillor",
  "councillors",
  "peer",
  "peers",
  "leader",
  "shareholders",
  "driver",
  "drivers",
  "prop",
  "flanker",
  "hooker",
  "lock",
  "centre",
  "fly-half",
  "scrum-half",
  "full-back",
  "fullback",
  "batsman",
  "bowler",
  "opener",
  "wicketkeeper",
  "paceman",
  "spinner",
  "all-rounder",
  // A band's members: "Coldplay singer Chris Martin", "Oasis guitarist".
  "frontman",
  "frontwoman",
  "singer",
  "vocalist",
  "guitarist",
  "drummer",
  "bassist",
  "keyboardist",
  // A company's or club's: "X bosses", "X owner Jeffrey Lurie" (not "staff" or "insiders", which
  // politicians have too: "Brown insiders").
  "bosses",
  "headquarters",
  "owner",
  "owners",
]);
/** After a possessive only the sporting ones: "Tony Blair's spokesman" is a person's. */
const POSSESSIVE_MEMBER_NOUNS = new Set([
  "striker",
  "strikers",
  "midfielder",
  "goalkeeper",
  "winger",
  "manager",
  "boss",
  "coach",
  "squad",
  "fans",
  "supporters",
  "skipper",
]);

/**
 * British usage gives a team or party a plural verb ("Chelsea have sacked", "Labour are"); a person never takes one.
 */
const PLURAL_VERBS = new Set(["have", "are", "were", "haven't", "aren't", "weren't"]);
const OBJECT_PREPOSITIONS = new Set(["of", "in", "at", "from", "to", "with", "by", "for", "on", "into"]);
const COORDINATORS = new Set(["and", "or", "&", ",", "nor"]);

export const sideCueRule: Rule = {
  name: "side-cue",
  apply(input) {
    const next = after(input);
    if (!next || !next.word) return null;
    const toks = chunkTokens(input);
    if (toks.length > 3) return null;
    const last = toks[toks.length - 1];
    // "Smith and Jones are" is two people; a plural-looking name ("Democrats") says nothing.
    // A lone ordinary word takes a plural verb as a common noun does ("People have").
    const ordinary = toks.length === 1 && isEnglishWord(last?.lower ?? "");
    // "Fumio Kishida and U.S. President Joe Biden are": a coordinator a few words back, or a title.
    // Only within the sentence: "... China Eastern. Merrill Lynch are sole bookrunners".
    let coordinated = false;
    const opensSentence = toks[0]?.sentStart === true;
    for (let n = 1; n <= 6 && !coordinated && !opensSentence; n++) {
      const t = before(input, n);
      if (!t) break;
      coordinated = COORDINATORS.has(t.lower);
      if (t.sentStart) break;
    }
    // The subject of a verb follows no preposition or role noun: "the province of Yunnan were
    // arrested" (farmers were), "headed by businessman Zygmunt Solorz were".
    const lead = before(input);
    const governed =
      lead !== undefined && !lead.cap && (OBJECT_PREPOSITIONS.has(lead.lower) || ROLE_NOUNS.has(lead.lower));
    if (
      PLURAL_VERBS.has(next.lower) &&
      !ordinary &&
      !coordinated &&
      !governed &&
      !input.chunk.afterTitle &&
      last &&
      !last.lower.endsWith("s")
    ) {
      return { kind: "organization", canonical: input.text, strength: "strong", rule: "side-cue-plural-verb" };
    }
    // Capitals only for a plural acronym: "Labour MPs".
    if (next.cap && !/^\p{Lu}{2,}s$/u.test(next.text)) return null;
    if (MEMBER_NOUNS.has(next.lower))
      return { kind: "organization", canonical: input.text, strength: "strong", rule: "side-cue" };
    const noun = after(input, 2);
    // A given name alone has supporters and fans as a person ("Hillary's supporters"); a
    // manager or a squad only as a club ("Chelsea's manager").
    const personHasToo =
      noun !== undefined &&
      (noun.lower === "supporters" || noun.lower === "fans") &&
      toks.length === 1 &&
      isFirstName(last?.lower ?? "");
    if (next.lower === "'s" && noun && !noun.cap && POSSESSIVE_MEMBER_NOUNS.has(noun.lower) && !personHasToo) {
      return { kind: "organization", canonical: input.text, strength: "strong", rule: "side-cue-possessive" };
    }
    // "Sauber's Marcus Ericsson", "Juventus's Zinedine Zidane": a lone name that is no surname,
    // owning a person named in full, is their team or employer. Weak: a surname of the text's
    // people still wins ("Hillary Clinton ... Clinton's Huma Abedin"). Not for listed places
    // ("London's Boris Johnson"), which the place-side-cue rule sends here too.
    const given = after(input, 2);
    const family = after(input, 3);
    if (
      next.lower === "'s" &&
      toks.length === 1 &&
      last &&
      !input.chunk.afterTitle &&
      lookup(input.key) === undefined &&
      given?.cap &&
      family?.cap &&
      family.word &&
      (isFirstName(given.lower) || !isEnglishWord(given.lower)) &&
      !isFirstName(last.lower) &&
      !isLastName(last.lower)
    ) {
      return { kind: "organization", canonical: input.text, strength: "weak", rule: "side-cue-employer" };
    }
    return null;
  },
};

/** The same cues for names the gazetteer lists as places: clubs and teams are named after towns
 * ("Everton midfielder", "Mercedes driver"); countries, organisations and outlets keep their kind. */
export const placeSideCueRule: Rule = {
  name: "place-side-cue",
  apply(input) {
    if (input.chunk.capsLine || lookup(input.key)?.kind !== "place") return null;
    return sideCueRule.apply(input);
  },
};
