// Teams, clubs and parties are named by what they have: "Chelsea striker", "Arsenal's manager",
// "Labour MPs", "the Tory leader". A name followed by a word for a team's or a party's people is
// an organisation, even one that is also a town or a given name ("Chelsea", "Everton"); so is a
// name with a plural verb ("Chelsea have", "Labour are").
import { after, before, chunkTokens, type Rule } from "./rule.js";

/** Written straight after the name: "Chelsea striker", "Labour MPs", "Arsenal fans". */
const MEMBER_NOUNS = new Set([
  "striker", "strikers", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "skipper",
  "manager", "boss", "coach", "chairman", "squad", "fans", "supporters", "players", "player", "captain",
  "team", "side", "teammate", "team-mate", "striker's", "academy", "debut", "youngster", "keeper",
  "mp", "mps", "msp", "msps", "mep", "meps", "candidate", "candidates", "activists", "backbencher",
  "backbenchers", "frontbencher", "councillor", "councillors", "peer", "peers",
  "leader", "manifesto", "voters", "members", "shareholders",
]);
/** After a possessive only the sporting ones: "Tony Blair's spokesman" is a person's. */
const POSSESSIVE_MEMBER_NOUNS = new Set([
  "striker", "strikers", "midfielder", "goalkeeper", "winger", "manager", "boss", "coach", "squad",
  "fans", "supporters", "skipper",
]);

/** British usage gives a team or party a plural verb ("Chelsea have sacked", "Labour are"); a person never takes one. */
const PLURAL_VERBS = new Set(["have", "are", "were", "haven't", "aren't", "weren't"]);
const COORDINATORS = new Set(["and", "or", "&", ",", "nor"]);

export const sideCueRule: Rule = {
  name: "side-cue",
  apply(input) {
    const next = after(input);
    if (!next || !next.word) return null;
    const toks = chunkTokens(input);
    if (toks.length > 3) return null;
    const prev = before(input);
    const last = toks[toks.length - 1];
    // "Smith and Jones are" is two people; a plural-looking name ("Democrats") says nothing.
    if (PLURAL_VERBS.has(next.lower) && !(prev && COORDINATORS.has(prev.lower)) && last && !last.lower.endsWith("s")) {
      return { kind: "organization", canonical: input.text, strength: "strong", rule: "side-cue-plural-verb" };
    }
    // Capitals only for a plural acronym: "Labour MPs".
    if (next.cap && !/^\p{Lu}{2,}s$/u.test(next.text)) return null;
    if (MEMBER_NOUNS.has(next.lower)) return { kind: "organization", canonical: input.text, strength: "strong", rule: "side-cue" };
    const noun = after(input, 2);
    if (next.lower === "'s" && noun && !noun.cap && POSSESSIVE_MEMBER_NOUNS.has(noun.lower)) {
      return { kind: "organization", canonical: input.text, strength: "strong", rule: "side-cue-possessive" };
    }
    return null;
  },
};
