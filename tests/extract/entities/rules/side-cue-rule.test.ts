import { describe, expect, it } from "vitest";
import { entityOf } from "./helpers.js";

describe("side-cue rule: teams and parties by what they have", () => {
  it.each([
    ["The Chelsea striker was injured.", "Chelsea", "organization"],
    ["He said the Everton midfielder was fit.", "Everton", "organization"],
    ["He insisted that Chelsea have not broken any rules.", "Chelsea", "organization"],
    ["Critics say Napoli are in trouble.", "Napoli", "organization"],
    ["The club said Chelsea's manager was fined.", "Chelsea", "organization"],
    // Towns the gazetteer lists are clubs and teams by the same cues.
    ["The wet suited Mercedes driver Lewis Hamilton.", "Mercedes", "organization"],
    ["The Croydon flanker was recalled.", "Croydon", "organization"],
    ["Only the Qorvath prop was fit.", "Qorvath", "organization"],
    // A lone name owning a person named in full: the team or employer.
    ["The smash ended the race of Zarvollo's Marcus Ericsson.", "Zarvollo", "organization"],
    // A plural verb opening a sentence: a coordinator in the sentence before says nothing.
    [
      "It flies as China Southern and China Eastern. Qorvath Lynch are sole bookrunners.",
      "Qorvath Lynch",
      "organization",
    ],
  ])("%j: %s is %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
  it.each([
    ["A spokesman for Tony Blair's office said Tony Blair's spokesman was away.", "Tony Blair", "person"],
    ["He said Smith and Jones are friends.", "Jones", "person"],
    ["Fumio Kishida and U.S. President Joe Biden are to meet.", "Joe Biden", "person"],
    ["We think Gordon Brown has a plan.", "Gordon Brown", "person"],
    ["Officials in Croydon said the line would open.", "Croydon", "place"],
    ["Hillary Clinton said Clinton's Huma Abedin was there.", "Clinton", "person"],
    ["Many of Hillary's supporters cried.", "Hillary", "person"],
  ])("%j: %s stays %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
  it("keeps a listed place owning a person no team", () => {
    expect(entityOf("Officials said London's Boris Johnson spoke.", "London")?.kind).not.toBe("organization");
  });
});

describe("side-cue rule: what people have too is no cue", () => {
  it.each([
    ["Many Donald Trump supporters came. Later Trump supporters left.", "Trump"],
    ["Polls show Clinton voters stayed home.", "Clinton"],
  ])("%j: %s is no organisation", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("organization");
  });
  it("ignores an ordinary word with a plural verb", () => {
    expect(entityOf("He said People have a right to know.", "People")?.kind).not.toBe("organization");
  });
});

describe("side-cue rule: a band's and a company's people", () => {
  it.each([
    ["Zarvollo singer Chris Martin sang two songs.", "Zarvollo"],
    ["Qorvath guitarist Jonny Buckland flew home.", "Qorvath"],
    ["Qorvath Boerse bosses have held talks with the exchange.", "Qorvath Boerse"],
    ["The quarterback was praised, said Zarvollo owner Jeffrey Lurie.", "Zarvollo"],
    ["France gained an edge with the introduction of Zarvollo's Zinedine Zidane.", "Zarvollo"],
  ])("%j: %s is an organisation", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });
  it.each([
    ["He met Blair staff on Monday.", "Blair"],
    ["Brown insiders said the plan was dead.", "Brown"],
    ["Hillary Clinton's aide was there. Clinton's White House was calm.", "Clinton"],
  ])("%j: %s is no organisation", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("organization");
  });
});

describe("side-cue rule: a plural verb's subject follows no preposition", () => {
  it.each([
    ["A group of farmers in the province of Qorvath were arrested.", "Qorvath"],
    ["It was headed by businessman Zygmunt Zarvosz were forming a consortium.", "Zygmunt Zarvosz"],
  ])("%j: %s is no side", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("organization");
  });
  it("still reads a side's plural verb", () => {
    expect(entityOf("Qorvath have sacked their manager.", "Qorvath")?.kind).toBe("organization");
  });
});
