// What the chunker keeps whole and what it cuts off: contractions, known names across "'s",
// calendar words that begin a known name.
import { describe, expect, it } from "vitest";
import { extractEntities, traceEntities } from "../../../src/extract/entities/extract-entities.js";

const mentions = (text: string) => extractEntities(text).flatMap((e) => e.mentions.map((m) => m.text));
const entity = (text: string, mention: string) =>
  extractEntities(text).find((e) => e.mentions.some((m) => m.text === mention));

describe("name chunks", () => {
  it.each([
    ["I'm delighted with the result.", "I'm"],
    ["I've never seen anything like it.", "I've"],
    ["We're happy, he said.", "We're"],
    ["I'd do it again.", "I'd"],
    ["I'll be back.", "I'll"],
    ["We've won.", "We've"],
    ["Don't panic.", "Don't"],
    ["That'll do.", "That'll"],
  ])("%j: the contraction %s is no entity", (text, bad) => {
    expect(mentions(text)).not.toContain(bad);
  });
  it("keeps a known name whole across 's", () => {
    const text = "Talks with the Democratic People's Republic of Korea resumed.";
    expect(mentions(text)).toContain("Democratic People's Republic of Korea");
    expect(mentions(text)).not.toContain("Democratic People");
    expect(entity(text, "Democratic People's Republic of Korea")?.kind).toBe("country");
  });
  it("never cuts a calendar word off the front of a known name", () => {
    const text = "She moved to New York City in 2001.";
    expect(mentions(text)).not.toContain("York City");
    expect(mentions(text)).toContain("New York City");
  });
  it("still cuts calendar words off unknown names", () => {
    expect(mentions("On New Year Tony Blair spoke.")).toContain("Tony Blair");
  });
  it("keeps names with apostrophes", () => {
    expect(mentions("Brian O'Driscoll scored twice.")).toContain("Brian O'Driscoll");
  });
  it("cuts a common plural acronym off the end of a name", () => {
    expect(mentions("Labour MPs voted.")).toEqual(["Labour"]);
  });
});

describe("name chunks: descriptions in front of a name", () => {
  it.each([
    ["Former Italian international Gianluigi Lentini was loaned out.", "Former Italian"],
    ["Three African leaders are expected to attend.", "Three African"],
    ["The deal was signed by Former Chelsea striker Tore Andre Flo.", "Former Chelsea"],
  ])("%j: no %s", (text, bad) => {
    expect(mentions(text)).not.toContain(bad);
  });
  it("keeps a known name that opens with a count", () => {
    expect(mentions("England won the Six Nations on Saturday.")).toContain("Six Nations");
  });

  it.each([
    ["American Dennis Mitchell outclassed the champion.", "Dennis Mitchell", "American Dennis Mitchell"],
    ["He beat American Tyson in Las Vegas.", "Tyson", "American Tyson"],
    ["A letter from the Palestinian U.N. observer mission arrived.", "U.N.", "Palestinian U.N."],
  ])("%j: a demonym or people before a person or a known name is cut off: %s", (text, good, bad) => {
    expect(mentions(text)).toContain(good);
    expect(mentions(text)).not.toContain(bad);
  });
  it.each([
    ["Michael Collins led the Irish Republican Army in 1921.", "Irish Republican Army"],
    ["She lost the Australian Open final.", "Australian Open"],
    ["Shares of American Express rose.", "American Express"],
  ])("%j: a demonym that opens an organisation's or a known name stays: %s", (text, good) => {
    expect(mentions(text)).toContain(good);
  });
});

describe("name chunks: letters, abbreviations and qualifiers", () => {
  it.each([
    ["Revenue N / A N / A. Net Income N / A.", "N"],
    ["Shr 0.25 vs 0.20. Avg shrs 12,000 vs 11,000.", "Shr"],
    ["The Bldg Authority sold bonds.", "Bldg"],
  ])("%j: %s is no name", (text, bad) => {
    expect(mentions(text)).not.toContain(bad);
    expect(mentions(text).join(" ")).not.toMatch(/ N$|Income N/);
  });
  it("keeps initials inside a name and acronyms with dots", () => {
    const found = mentions("George W. Bush met F.B.I. agents in Washington.");
    expect(found).toContain("George W. Bush");
    expect(found).toContain("F.B.I.");
    expect(found).toContain("Washington");
  });
  it("keeps a name written with y as its only vowel", () => {
    expect(mentions("Officials said Lynn Smyth would stay.")).toContain("Lynn Smyth");
  });
  it.each([
    ["Shares in Hong Kong-listed Sinocan Holdings rose.", "Sinocan Holdings", "Hong Kong-listed Sinocan Holdings"],
    [
      "Shares of St. Louis-based Mercantile Bancorp Inc. rose.",
      "Mercantile Bancorp Inc.",
      "St. Louis-based Mercantile Bancorp Inc.",
    ],
  ])("%j: a qualifier ends what it qualifies: %s", (text, good, bad) => {
    expect(mentions(text)).toContain(good);
    expect(mentions(text)).not.toContain(bad);
  });
  it("drops a qualifier with no name after it", () => {
    expect(mentions("The United Nations-sponsored talks resumed.").join(" ")).not.toContain("sponsored");
  });
});

describe("name chunks: connectors inside and after a name", () => {
  it.each([
    ["Springbok scrum-half Joost van der Westhuizen scored.", "Joost van der Westhuizen"],
    [
      "The Organisation for Security and Cooperation in Europe (OSCE) postponed the vote.",
      "Organisation for Security and Cooperation in Europe",
    ],
    [
      "The order came from the Guangdong Post and Telecommunications Administration on Friday.",
      "Guangdong Post and Telecommunications Administration",
    ],
    [
      "The National Archives and Records Administration holds the papers.",
      "National Archives and Records Administration",
    ],
    ["The Treaty of Baden was signed in 1714.", "Treaty of Baden"],
  ])("%j: keeps %s whole", (text, good) => {
    expect(mentions(text)).toContain(good);
  });
  it.each([
    ["A Foreign Office in London spokesman said no.", "Foreign Office in London"],
    ["The Bank of England in London raised rates.", "Bank of England in London"],
    ["Photos by Phil Seary and Dane Chinnery Getty Images.", "Phil Seary and Dane Chinnery Getty Images"],
    ["The West Wing and Oval Office were repainted, and the Oval Office was empty.", "West Wing and Oval Office"],
    ["Britain and France Foreign Ministry officials met.", "Britain and France Foreign Ministry"],
  ])("%j: does not join %s", (text, bad) => {
    expect(mentions(text)).not.toContain(bad);
  });

  it.each([
    ["Security Council President Tono Eitel of Germany said so.", "Tono Eitel", "Germany"],
    ["Kia Motor Corp of South Korea said sales rose.", "Kia Motor Corp", "South Korea"],
    ["Assistant Secretary of State John Kornblum arrived.", "John Kornblum", undefined],
  ])("%j: cuts the office or the place off a name: %s", (text, name, place) => {
    const found = mentions(text);
    expect(found).toContain(name);
    if (place) expect(found).toContain(place);
    expect(found.filter((m) => m !== name && m.includes(name))).toEqual([]);
  });
  it.each([
    ["The Bank of England raised rates.", "Bank of England"],
    ["He studied at the University of Chicago.", "University of Chicago"],
    ["The High Court ruled on Monday.", "High Court"],
  ])("%j: keeps %s whole", (text, good) => {
    expect(mentions(text)).toContain(good);
  });
  it("leaves no office word in a name before it", () => {
    const found = mentions("The U.N. High Commissioner for Refugees urged calm.");
    expect(found).toContain("U.N.");
    expect(found).not.toContain("U.N. High");
  });
  it("leaves no office word as a name", () => {
    expect(mentions("The Director of National Intelligence said no.")).not.toContain("Intelligence");
  });
});

describe("name chunks: an event named with a demonym", () => {
  it("keeps the demonym of an event's name", () => {
    expect(mentions("He crashed at the Brazilian Grand Prix on Sunday.")).toEqual(["Brazilian Grand Prix"]);
    expect(entity("He crashed at the Brazilian Grand Prix on Sunday.", "Brazilian Grand Prix")?.kind).toBe("event");
  });
  it("still cuts a demonym off a person's name", () => {
    expect(mentions("The race was won by Brazilian Felipe Massa on Sunday.")).toContain("Felipe Massa");
  });
});

describe("name chunks: a demonym that is a given name", () => {
  it("keeps a demonym and surname whole when the text writes the pair twice and never the surname alone", () => {
    const text = "Dane Qorvath, 19, died on Wednesday. Fans left flowers for Dane Qorvath.";
    expect(mentions(text)).toEqual(["Dane Qorvath", "Dane Qorvath"]);
    expect(entity(text, "Dane Qorvath")?.kind).toBe("person");
  });
  it.each([
    ["Fans left flowers for Dane Qorvath on Wednesday.", "Qorvath"],
    ["Briton Qorvath won the race. Briton Qorvath was happy, and Qorvath said so.", "Qorvath"],
  ])("%j: the demonym is a description, %s stands alone", (text, surname) => {
    expect(mentions(text)).toContain(surname);
    expect(mentions(text).some((m) => m.includes(" "))).toBe(false);
  });
});

describe("name chunks: a name the text writes alone, then 'of' and a known name", () => {
  it("are two names", () => {
    const text = "They met in the Oval Office of the White House. The Oval Office was full.";
    expect(mentions(text).sort()).toEqual(["Oval Office", "Oval Office", "White House"]);
  });
  it.each([
    ["He joined the National Bank of Greece in May.", "National Bank of Greece"],
    ["The Supreme Court of Qorvia ruled. The Supreme Court said so.", "Supreme Court of Qorvia"],
    ["Qorvan Bank of Africa will merge. Qorvan Bank is the third biggest.", "Qorvan Bank of Africa"],
  ])("%j keeps %s whole", (text, whole) => {
    expect(mentions(text)).toContain(whole);
  });
});

describe("name chunks: words that open a sentence are no part of a name", () => {
  it.each([
    ["They met in the Oval Office He said the talks went well.", "Oval Office", "Oval Office He"],
    [
      "Crowds Gather During Visit\n\nTalks ended. During Brannock and Zell's press event, nothing was said.",
      "Brannock",
      "During Brannock",
    ],
    ["Despite Brannock's warning, they left.", "Brannock", "Despite Brannock"],
  ])("%j: %s, not %s", (text, good, bad) => {
    expect(mentions(text)).toContain(good);
    expect(mentions(text)).not.toContain(bad);
  });
  it.each([
    ["He starred in the film Are We There Yet last year.", "Are We There Yet"],
    ["She won a part in the film Shall We Dance in 2004.", "Shall We Dance"],
  ])("%j: a pronoun inside a title stays in %s", (text, title) => {
    expect(mentions(text)).toContain(title);
  });
});

describe("name chunks: an English word opening a results row is a team", () => {
  it.each([
    ["Division three\nWigan 4 3 1 0 9 4 10\nReading 4 1 1 2 5 10 4\n", "Reading"],
    ["Results on Saturday:\nHull 2 Bury 1\n", "Hull"],
    ["Results on Saturday:\nHull 2 Bury 1\n", "Bury"],
  ])("%j: %s is a team", (text, team) => {
    expect(entity(text, team)?.kind).toBe("organization");
  });
  it.each([
    ["Around 20 people came to the match.\n", "Around"],
    ["Figures in millions:\nNet 1,234 vs 1,100\nSales 45 vs 37\n", "Sales"],
  ])("%j: %s is no name", (text, bad) => {
    expect(mentions(text)).not.toContain(bad);
  });
});

describe("given names that are words open a name at a line's start", () => {
  it.each([
    ["Results:\n7. Frank Zarvosek (Germany) 13.58", "Frank Zarvosek"],
    ["Scorers: Dean Qorvath (2nd minute, 75th)", "Dean Qorvath"],
  ])("%j keeps %s whole", (text, name) => {
    expect(traceEntities(text).map((t) => t.text)).toContain(name);
  });
  it("not before an English word", () => {
    expect(traceEntities("Frank talks were held on Monday.").map((t) => t.text)).not.toContain("Frank");
  });
});

describe("a saint's possessive before an institution stays in its name", () => {
  it("keeps St George's Hospital whole", () => {
    const text = "Twenty patients were taken to St Qorvath's Hospital in Tooting.";
    expect(traceEntities(text).map((t) => t.text)).toContain("St Qorvath's Hospital");
  });
  it("not before an ordinary word", () => {
    const text = "Dr Moss, at St Qorvath's clinic, said three were in surgery.";
    expect(traceEntities(text).map((t) => t.text)).not.toContain("St Qorvath's clinic");
  });
});

describe("name chunks: a people's or a faith's adjective before a place", () => {
  it.each([
    ["Police sealed off Arab East Jerusalem on Friday.", "East Jerusalem", "Arab East Jerusalem"],
    ["Settlers in the Jewish West Bank protested.", "West Bank", "Jewish West Bank"],
  ])("%j: the place %s is cut from %s", (text, place, whole) => {
    expect(mentions(text)).toContain(place);
    expect(mentions(text)).not.toContain(whole);
  });
  it.each([
    ["The Catholic Church said so.", "Catholic Church"],
    ["American Samoa voted on Tuesday.", "American Samoa"],
    ["The Jewish Agency said so.", "Jewish Agency"],
  ])("%j: %s stays whole", (text, whole) => {
    expect(mentions(text)).toContain(whole);
  });
});

describe("name chunks: a role before a given name and a surname", () => {
  it.each([
    ["The bid was thrown out by Treasurer Peter Qorvath on Monday.", "Peter Qorvath"],
    ["The vote was called by Speaker Michael Zembrak in the end.", "Michael Zembrak"],
  ])("%j: the role is cut", (text, name) => {
    expect(mentions(text)).toContain(name);
    expect(entity(text, name)?.kind).toBe("person");
  });

  it.each([["He played with Ole Gunnar Solskjaer in Oslo.", "Ole Gunnar Solskjaer"]])(
    "%j: no role is cut from %s",
    (text, name) => {
      expect(mentions(text).some((m) => m.startsWith(name.split(" ")[0]!))).toBe(true);
    },
  );
});
