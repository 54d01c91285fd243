// What one document teaches its own names: evidence beats defaults, and only a sure person lends
// a place its surname.
import { describe, expect, it } from "vitest";
import { extractEntities, traceEntities } from "../../../src/extract/entities/extract-entities.js";

const kindsOf = (text: string, mention: string) =>
  traceEntities(text)
    .filter((t) => t.text === mention)
    .map((t) => t.kind);

describe("the fallback's default yields to context in the same document", () => {
  it("makes every mention a place when the name's only evidence says place", () => {
    const text = "The race was held at Zarvollo on Sunday. The Zarvollo crowd cheered as rain fell.";
    expect(kindsOf(text, "Zarvollo")).toEqual(["place", "place"]);
  });
  it("keeps the default where contexts disagree evenly", () => {
    const text = "Qorvath said it was wet. Fans flew to Qorvath. Qorvath is popular.";
    expect(kindsOf(text, "Qorvath")[2]).toBe("person");
  });
});

describe("a place lends its name as a surname only to a sure person", () => {
  it("keeps a listed town a place beside a headline fragment the fallback guessed was a person", () => {
    const text =
      "Seized at scene Moment Croydon tram crash driver is arrested.\n\nThe Croydon tram crash killed seven people.";
    const croydon = extractEntities(text).find((e) => e.mentions.some((m) => m.text === "Croydon"));
    expect(croydon?.kind).toBe("place");
  });
  it("still resolves the surname of a named person that is also a town", () => {
    const text = "Yesterday Lewis Hamilton took pole. Hamilton said he was happy.";
    const hamilton = extractEntities(text).find((e) => e.mentions.some((m) => m.text === "Hamilton"));
    expect(hamilton?.name).toBe("Lewis Hamilton");
  });
});

describe("a kind no rule found evidence for is marked as guessed", () => {
  const entity = (text: string, mention: string) =>
    extractEntities(text).find((e) => e.mentions.some((m) => m.text === mention));
  it("marks the fallback's default for an unknown name", () => {
    expect(entity("Fans cheered as Zarvollo stars arrived.", "Zarvollo")?.kindGuessed).toBe(true);
  });
  it.each([
    ["Fans cheered in Zarvollo on Friday.", "Zarvollo"],
    ["Lewis Hamilton won the race.", "Lewis Hamilton"],
    ["Zarvollo said the race was wet.", "Zarvollo"],
  ])("%j: %s has evidence", (text, mention) => {
    expect(entity(text, mention)?.kindGuessed).toBeUndefined();
  });
});

describe("an organisation named in full is named again by its first word", () => {
  const entity = (text: string, mention: string) =>
    extractEntities(text).find((e) => e.mentions.some((m) => m.text === mention));
  it("gives a lone word with weak evidence the organisation's name", () => {
    const e = entity("Qorvath Holdings raised prices. Qorvath said costs rose.", "Qorvath");
    expect(e?.kind).toBe("organization");
    expect(e?.name).toBe("Qorvath Holdings");
  });
  it.each([
    ["The Chicago Cubs won. Fans in Chicago cheered.", "Chicago", "place"],
    ["Qorvath Holdings grew. Tony Qorvath said sales rose. Qorvath smiled.", "Qorvath", "person"],
  ])("%j: %s stays %s", (text, mention, kind) => {
    expect(entity(text, mention)?.kind).toBe(kind);
  });
});

describe("a name shaped like an office is a room when the document only goes into it", () => {
  it("makes the Oval Office a place", () => {
    const text = "Reporters were ushered into the Oval Office. The Oval Office meeting lasted an hour.";
    expect(kindsOf(text, "Oval Office")).toEqual(["place", "place"]);
  });
  it("keeps an office that speaks an organisation", () => {
    const text = "Officials gathered in the Home Office. The Home Office said it would appeal.";
    expect(kindsOf(text, "Home Office")).toEqual(["organization", "organization"]);
    expect(kindsOf("A Foreign Office minister flew to Rome.", "Foreign Office")).toEqual(["organization"]);
  });
});

describe("names in one list share a kind", () => {
  it("carries a side's member noun after the last name to the others", () => {
    const text = "Hoddle said the former Blackburn and Southampton skipper should keep the post.";
    expect(kindsOf(text, "Blackburn")).toEqual(["organization"]);
  });
  it("carries a kind noun before the first name to the others", () => {
    const text = "They join main stage headliners Qorvath Sisters and Franz Ferdinand in August.";
    expect(kindsOf(text, "Franz Ferdinand")).toEqual(["organization"]);
  });
  it("makes a guessed name beside known organisations one", () => {
    const text = "The firm follows Microsoft, Google and Ask Zarvollo, which offer such services.";
    expect(kindsOf(text, "Ask Zarvollo")).toEqual(["organization"]);
  });
  it("leaves a team sheet of surnames alone", () => {
    const text = "The team is as follows: Given, Breen, Staunton, Irwin, Harte, Houghton.";
    expect(kindsOf(text, "Houghton")).toEqual(["person"]);
    expect(kindsOf("Ministers from London and Paris met.", "London")).toEqual(["place"]);
  });
});

describe("in a sports report towns are clubs", () => {
  const report =
    "Austria dominated the qualifier but the match ended in a draw with no goal. " +
    "Everton's Duncan Ferguson went close in the 65th minute. Ouedec, who has joined Zarvollo from " +
    "Nantes this season, came on late.";
  it("makes a town that owns a player named in full his club", () => {
    expect(kindsOf(report, "Everton")).toEqual(["organization"]);
  });
  it("makes the places of a transfer clubs", () => {
    expect(kindsOf(report, "Nantes")).toEqual(["organization"]);
    expect(kindsOf(report, "Zarvollo")).toEqual(["organization"]);
  });
  it("not outside sport", () => {
    const politics = "Everton's Duncan Ferguson, the mayor, met ministers. He joined Unilever from Nantes in 1990.";
    expect(kindsOf(politics, "Everton")).toEqual(["place"]);
    expect(kindsOf(politics, "Nantes")).toEqual(["place"]);
  });
});

describe("more sports-report cues", () => {
  const cricket =
    "Kent lead the championship, but title rivals Essex, Derbyshire and Surrey all closed in on victory. " +
    "Surrey captain Adam Hollioake was pleased. Essex reached 372 on the second day. Their innings ended " +
    "on 174 and their bowling was poor; the season ends with two more matches.";
  it("makes towns listed beside a team teams, and keeps them so in the report", () => {
    expect(kindsOf(cricket, "Essex")).toEqual(["organization", "organization"]);
    expect(kindsOf(cricket, "Derbyshire")).toEqual(["organization"]);
  });
  it("makes the place a player named in full is of his club", () => {
    const text =
      "Ian Harte makes his debut in the qualifier. Keith O'Neill of Norwich City joins Niall Quinn up " +
      "front. The coach named his squad for the match.";
    expect(kindsOf(text, "Norwich City")).toEqual(["organization"]);
    expect(kindsOf(text, "Niall Quinn")).toEqual(["person"]);
  });
  it("leaves towns in lists and people's places outside sport alone", () => {
    expect(kindsOf("Ministers from London, Paris and Berlin met.", "London")).toEqual(["place"]);
    expect(kindsOf("John Smith of Norwich said he was pleased.", "Norwich")).toEqual(["place"]);
  });
});

describe("datelines on lines not in capitals", () => {
  it("reads the capitals before a region and a date as a place", () => {
    const text = "SOCCER - IRISH WIN.\nESCHEN, Liechtenstein 1996-08-31\nThe Republic of Ireland won 5-0.";
    expect(kindsOf(text, "ESCHEN")).toEqual(["place"]);
  });
  it("not a code or a figure's first digits in a table's row", () => {
    const text = "Money supply.\nJuly 96 June 96\nM1 63.02 62.83 57.50\nQXR 12,400 12,100";
    expect(kindsOf(text, "M1")).not.toContain("place");
    expect(kindsOf(text, "QXR")).not.toContain("place");
    expect(kindsOf("FIGHTING FLARES.\nQORVATH 1996-08-30\nFighting flared.", "QORVATH")).toEqual(["place"]);
  });
  it("not capitals before a comma and a name without a date", () => {
    const text = "NLD, Suu Kyi's party, said the talks had failed.";
    expect(kindsOf(text, "NLD")).toEqual(["organization"]);
  });
});

describe("a lone given name in a sports report's line-up is a player", () => {
  it("keeps a listed player beside a full name a person", () => {
    const text = "Chelsea striker Drogba scored. Man Utd: Carroll, Gary Neville, Brown, Ferdinand, Heinze.";
    expect(kindsOf(text, "Ferdinand")).toEqual(["person"]);
  });
  it("still makes a lone given name outside a line-up a club", () => {
    const text = "Chelsea striker Didier Drogba scored twice. Later Everton drew with Chelsea.";
    expect(kindsOf(text, "Chelsea")).not.toContain("person");
  });
});
