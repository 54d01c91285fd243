// What the chunker keeps whole and what it cuts off: contractions, known names across "'s",
// calendar words that begin a known name.
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../src/extract/entities/extract-entities.js";

const mentions = (text: string) => extractEntities(text).flatMap((e) => e.mentions.map((m) => m.text));
const entity = (text: string, mention: string) => extractEntities(text).find((e) => e.mentions.some((m) => m.text === mention));

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

describe("name chunks: an event named with a demonym", () => {
  it("keeps the demonym of an event's name", () => {
    expect(mentions("He crashed at the Brazilian Grand Prix on Sunday.")).toEqual(["Brazilian Grand Prix"]);
    expect(entity("He crashed at the Brazilian Grand Prix on Sunday.", "Brazilian Grand Prix")?.kind).toBe("event");
  });
  it("still cuts a demonym off a person's name", () => {
    expect(mentions("The race was won by Brazilian Felipe Massa on Sunday.")).toContain("Felipe Massa");
  });
});
