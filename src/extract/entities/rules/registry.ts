// The order rules are asked in; the first verdict wins. Why this order:
// - overrides  — the site's own knowledge beats every built-in guess.
// - team       — in results rows and beside verbs of winning, towns and regions are teams;
//                 must precede the gazetteer, which would call "Leicestershire" a place.
// - place-side-cue — "Everton midfielder", "Mercedes driver": a town the gazetteer lists is a
//                 club or team when the side cues say so; before the gazetteer calls it a place.
// - market-index — "the Dow Jones industrial average", "the FTSE 100 index": a market index, not
//                 its publisher or exchange; before the gazetteer calls "Dow Jones" an outlet.
// - gazetteer  — a listed name is the safest evidence ("Japan", "Yomiuri", "Washington").
// - common-acronym — "TV", "PCs", "GDP": common nouns in capitals; after the gazetteer, which
//                 knows the acronyms that are names ("UN", "BBC"), before the acronym rule
//                 would call them organisations.
// - award      — "the best actress Oscar", "Oscar nominations": an award is named like a person;
//                 before work-cue ("best film Oscar") and title ("best actor Oscar") read it.
// - thing      — equipment and events must be dropped before titles or shapes call
//                 "Patriot missiles" a person or "World War II" a place.
// - acronym    — unknown capitals ("NLD") and inner capitals ("NationsBank") are organisations;
//                 before titles and shapes, which know nothing of them.
// - group-noun — "Europeans", "Kurds", "Moslem": groups of people and their members, dropped
//                 before side cues, titles, given names and the fallback call them a party or a
//                 person ("Kurd leader", "rival Kurds", "Europeans say"); a people is no name of
//                 one person or organisation.
// - side-cue   — "Chelsea striker", "Labour MPs": a team or party, before titles and given names
//                 would call "Chelsea" a person.
// - work-cue   — "the film X": a title, before titles and shapes read its words.
// - product-cue — "the Xbox console": a product, before the fallback calls it a person.
// - place-site — "Charles de Gaulle airport", "the capital Grozny", "St. Petersburg, Fla.": a site's
//                 noun makes a place of a name that reads as a person's; before titles and given names.
// - title      — "President X" is a person even when X looks like a place ("President Jordan").
// - shape      — a name's own head word ("Institute", "River", "Post").
// - outlet-cue — "the newspaper X".
// - org-cue    — "regulator Ofcom", "phone firm Nokia"; after outlet-cue, so "news agency X" stays
//                 an outlet, and before given names and the fallback call a lone word a person.
// - org-context — "an analyst at X", "a report from X", "X, the largest US retailer,", "Sony
//                 Ericsson": before given names call "Merrill Lynch" a person.
// - faith-phrase — "the Roman Catholic archdiocese": a faith's adjective before a noun; before
//                 given names call "Roman Catholic" a person.
// - given-name — "Phil Simmons".
// - place-cue  — "the town of X", "X, Scotland".
// - belief-region — "Islam", "Muslim", "UK Muslims", "European", "North American": faiths and
//                 region adjectives, dropped before the context and fallback rules call them people;
//                 after given-name, so "Christian Bale" stays a person.
// - adjective  — "European", "Jewish" before a noun: dropped before the fallback calls them people.
// - event-context — "the Trofej Beograd 96 international basketball tournament": an unknown run
//                 before a sport's words and a contest's noun is an event; before the fallback.
// - layout     — table rows, field labels and column headers of wire copy ("Avg shrs 4,841 3,990",
//                 "Attendance: 9,000"); late, so every name-reading rule is asked first.
// - context    — weak: verbs of saying, locative prepositions.
// - fallback   — weak: what unknown capitalised words usually are.
import { acronymRule } from "./acronym-rule.js";
import { adjectiveRule } from "./adjective-rule.js";
import { awardRule } from "./award-rule.js";
import { beliefRegionRule, faithPhraseRule } from "./belief-region-rule.js";
import { eventContextRule } from "./event-context-rule.js";
import { layoutRule } from "./layout-rule.js";
import { marketIndexRule } from "./market-index-rule.js";
import { groupNounRule } from "./group-noun-rule.js";
import { placeCueRule, placeSiteRule } from "./place-cue-rule.js";
import { teamRule } from "./team-rule.js";
import { commonAcronymRule } from "./common-acronym-rule.js";
import { contextRule } from "./context-rule.js";
import { fallbackRule } from "./fallback-rule.js";
import { gazetteerRule } from "./gazetteer-rule.js";
import { givenNameRule } from "./given-name-rule.js";
import { outletCueRule } from "./outlet-cue-rule.js";
import { orgCueRule } from "./org-cue-rule.js";
import { orgContextRule } from "./org-context-rule.js";
import { overridesRule } from "./overrides-rule.js";
import type { Rule } from "./rule.js";
import { placeSideCueRule, sideCueRule } from "./side-cue-rule.js";
import { workCueRule } from "./work-cue-rule.js";
import { productCueRule } from "./product-cue-rule.js";
import { shapeRule } from "./shape-rule.js";
import { thingRule } from "./thing-rule.js";
import { titleRule } from "./title-rule.js";

export const RULES: readonly Rule[] = [
  overridesRule,
  teamRule,
  placeSideCueRule,
  marketIndexRule,
  gazetteerRule,
  commonAcronymRule,
  awardRule,
  thingRule,
  acronymRule,
  groupNounRule,
  sideCueRule,
  workCueRule,
  productCueRule,
  placeSiteRule,
  titleRule,
  shapeRule,
  outletCueRule,
  orgCueRule,
  orgContextRule,
  faithPhraseRule,
  givenNameRule,
  placeCueRule,
  beliefRegionRule,
  adjectiveRule,
  eventContextRule,
  layoutRule,
  contextRule,
  fallbackRule,
];
