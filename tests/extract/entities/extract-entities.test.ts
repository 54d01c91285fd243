// Rule tables: what each rule must find, and what it must NOT.
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../src/extract/entities/extract-entities.js";

/** [text, mention text, kind, canonical name] */
type Case = [string, string, string, string];

const find = (text: string, mention: string) => {
  for (const e of extractEntities(text)) for (const m of e.mentions) if (m.text === mention) return e;
  return undefined;
};

describe("positive cases", () => {
  it.each<Case>([
    ["Talks were held with the US on Monday.", "US", "country", "United States"],
    ["America has agreed to the deal.", "America", "country", "United States"],
    ["The plan is backed by Washington and Tokyo, officials said.", "Washington", "country", "United States"],
    ["He will fly to Washington next week.", "Washington", "place", "Washington D.C."],
    ["Prime Minister Fumio Kishida arrived. Later Kishida left.", "Kishida", "person", "Fumio Kishida"],
    ["Yesterday Lewis Hamilton took pole. Hamilton said he was happy.", "Hamilton", "person", "Lewis Hamilton"],
    ["The move was welcomed by Mr. Zelenskyy on Friday.", "Zelenskyy", "person", "Zelenskyy"],
    [
      "Aid came from the Kiel Institute for the World Economy this year.",
      "Kiel Institute for the World Economy",
      "organization",
      "Kiel Institute for the World Economy",
    ],
    ["Leaders of the Bank of Japan met.", "Bank of Japan", "organization", "Bank of Japan"],
    ["The NLD said its members were held.", "NLD", "organization", "NLD"],
    ["It was reported by Bloomberg on Monday.", "Bloomberg", "outlet", "Bloomberg"],
    ["The Japanese newspaper Asahi writes that talks failed.", "Asahi", "outlet", "Asahi Shimbun"],
    ["Fighting resumed in the town of Staouelli overnight.", "Staouelli", "place", "Staouelli"],
    ["He was born in Stirling, Scotland.", "Stirling", "place", "Stirling"],
    ["Leicestershire beat Somerset by an innings.", "Somerset", "organization", "Somerset"],
    ["Puchon 2 Chonbuk 1", "Chonbuk", "organization", "Chonbuk"],
    ["Romania beat Lithuania 2-1 on Friday.", "Lithuania", "country", "Lithuania"],
    ["LONDON 1996-08-30\nShares rose.", "LONDON", "place", "London"],
    ["West Indian all-rounder Phil Simmons took four wickets.", "Phil Simmons", "person", "Phil Simmons"],
    ["ROMANIA BEAT LITHUANIA IN MATCH.\nRomania beat Lithuania.", "LITHUANIA", "country", "Lithuania"],
  ])("%j: %s is %s %s", (text, mention, kind, canonical) => {
    const e = find(text, mention);
    expect(e?.kind).toBe(kind);
    expect(e?.name).toBe(canonical);
  });
});

describe("negative cases", () => {
  it.each([
    ["Read also: Japan imposes new sanctions", "Read"],
    ["Allies are trying to reach agreements.", "Allies"],
    ["Japan will send Patriot missiles to the U.S.", "Patriot"],
    ["The F-35A fighter jets need repair.", "F-35A"],
    ["The summit is on Friday, April 10.", "Friday"],
    ["The summit is on Friday, April 10.", "April"],
    ["However, the plan failed.", "However"],
    ["The European under-21 championship began.", "European"],
    ["WHO SAYS IT WILL HELP US\nThe talks ended.", "US"],
    ["Talks with us ended.", "us"],
    ["The Prime Minister said nothing.", "Prime Minister"],
  ])("%j has no entity %j", (text, mention) => {
    expect(find(text, mention)).toBeUndefined();
  });
  it("does not emit demonyms as mentions but counts them as evidence", () => {
    const entities = extractEntities("Japanese companies would provide repairs.");
    const japan = entities.find((e) => e.id === "japan");
    expect(japan?.mentions).toEqual([]);
    expect(find("Japanese companies would provide repairs.", "Japanese")).toBeUndefined();
  });
});

describe("a surname written alone long before a full name", () => {
  const text =
    "Qorvan meets his successor\n\nPresident Qorvan met Mr Zell on Thursday. Qorvan said the talks went well. " +
    "Mr Qorvan added that he was relaxed. Later Lisa Qorvan showed Mrs Zell the rooms.";
  it("is not the relative the text names in full later", () => {
    expect(find(text, "Qorvan")?.name).toBe("Qorvan");
    expect(find(text, "Lisa Qorvan")?.name).toBe("Lisa Qorvan");
  });
  it("nor in a body of one paragraph, the title kept apart (markdown)", () => {
    const body = text.split("\n\n")[1]!;
    expect(find(body, "Qorvan")?.name).toBe("Qorvan");
  });
  it("but is the person named in full first, or after two mentions alone", () => {
    const first = "President Anton Qorvan met Mr Zell. Qorvan said so. Aides said Qorvan was relaxed. Qorvan left.";
    expect(find(first, "Qorvan")?.name).toBe("Anton Qorvan");
    const late = "Talks\n\nQorvan met Mr Zell. Qorvan said so. Later Anton Qorvan left.";
    expect(find(late, "Qorvan")?.name).toBe("Anton Qorvan");
    // A name with an initial, as scorecards write the batsman after the bowler's surname alone.
    const card = "Talks\n\nMr Qorvan bowled. Qorvan said he was tired. Mr Qorvan left early. U. Qorvan made 14.";
    expect(find(card, "Qorvan")?.name).toBe("U. Qorvan");
  });
});

describe("a given name standing alone", () => {
  it("is the one person of the text named in full with it, even where it reads as a place", () => {
    // "Paula" after "to" read as a place; "David" is a town in the gazetteer.
    const paula =
      "Paula Radcliffe won in New York. What happened to Paula in Athens was sad. " +
      '"Paula has shown real bounce," said her coach. The thing to take from Paula\'s Olympics is hope.';
    const e = find(paula, "Paula");
    expect(e?.name).toBe("Paula Radcliffe");
    expect(e?.kind).toBe("person");
    expect(e?.mentions.map((m) => m.text)).toEqual(["Paula Radcliffe", "Paula", "Paula", "Paula"]);
    const david = 'Hodges said David Qorvath would stay. "David has decided," he added.';
    expect(find(david, "David")?.name).toBe("David Qorvath");
    // "beat" reads a team.
    const hillary = "Hillary Clinton spoke on Monday. Donald Trump looked likely to beat Hillary to win.";
    expect(find(hillary, "Hillary")?.name).toBe("Hillary Clinton");
  });
  it("not where the text says something is in it, nor when two people share the given name", () => {
    const place = 'Dr Alice Qorvath lives in Alice with her son. "Alice has grown," she said.';
    expect(find(place, "Alice")?.name).toBe("Alice");
    const two = 'Paula Qorvath and Paula Zell ran. "Paula was quick," said the coach.';
    expect(find(two, "Paula")?.name).not.toMatch(/Qorvath|Zell/);
  });
  it("not when it is also the surname of someone the text names in full", () => {
    const text = 'Craig David sang and David Qorvath played. "David was great," a fan said.';
    expect(find(text, "David")?.name).not.toBe("David Qorvath");
  });
});

describe("a body named by an ordinary word", () => {
  it("is no place where something happens in it", () => {
    const parliament = "The bill was debated in Parliament on Monday.";
    expect(find(parliament, "Parliament")?.kind).toBe("organization");
    // An ordinary word the text also writes in lower case.
    const opposition = "Labour spent years in Opposition. The opposition said little.";
    expect(find(opposition, "Opposition")?.kind).toBe("organization");
  });
  it("while an unknown name after a preposition still is a place", () => {
    expect(find("Fighting went on in Qorvath on Monday.", "Qorvath")?.kind).toBe("place");
  });
});

describe("a heading in capitals run into the sentence after it", () => {
  const text =
    "Release date to be confirmed on GameCube. ADVANCE WARS DS The UK Nintendo DS launch line-up is still to be confirmed.";
  it("is not part of a name", () => {
    const names = extractEntities(text).map((e) => e.name);
    expect(names.some((name) => name.includes("ADVANCE") || name.includes("WARS"))).toBe(false);
    expect(names.some((name) => name.includes("Nintendo DS"))).toBe(true);
  });
  it("while a known name in those capitals is kept", () => {
    expect(find("Aid came. UNITED NATIONS The agency said it would help.", "UNITED NATIONS")?.name).toBe(
      "United Nations",
    );
  });
});

describe("a possessive name standing alone", () => {
  it("is short for the one institution of the text it opens", () => {
    const text = "Twenty were taken to St Qorvath's Hospital. Survivors at St Qorvath's had surgery.";
    const e = find(text, "St Qorvath");
    expect(e?.name).toBe("St Qorvath's Hospital");
    expect(e?.kind).toBe("organization");
  });
  it("not when two institutions open with it", () => {
    const text =
      "Some went to St Qorvath's Hospital, some to St Qorvath's Church. Survivors at St Qorvath's had surgery.";
    expect(find(text, "St Qorvath")?.name).toBe("St Qorvath");
  });
  it("not a possessive before an ordinary noun where no institution opens with it", () => {
    const text = "Fans went to Qorvath Stadium. Qorvath's manager spoke.";
    expect(find(text, "Qorvath")?.name).not.toBe("Qorvath Stadium");
  });
});

describe("salience and options", () => {
  it("ranks by salience and boosts headline entities", () => {
    const body = "Kenya and Peru signed a deal. Kenya said so. Peru agreed.";
    const plain = extractEntities(body);
    const titled = extractEntities(body, { title: "Peru wins" });
    expect(plain[0]?.id).toBe("kenya");
    expect(titled[0]?.id).toBe("peru");
    for (const e of titled) expect(e.salience).toBeGreaterThanOrEqual(0);
    expect(titled[0]?.salience).toBe(1);
  });
  it("always includes declared entities", () => {
    const e = extractEntities("Nothing here.", { declared: ["Fumio Kishida", "NATO"] });
    expect(e.map((x) => x.id).sort()).toEqual(["fumio-kishida", "nato"]);
    expect(e.find((x) => x.id === "nato")?.kind).toBe("organization");
    expect(e.find((x) => x.id === "fumio-kishida")?.kind).toBe("person");
  });
  it("gives readable ids to names in any script", () => {
    const e = extractEntities("Talks ended.", { declared: ["Владимир Путин"] });
    expect(e[0]?.id).toBe("vladimir-putin");
  });
});
