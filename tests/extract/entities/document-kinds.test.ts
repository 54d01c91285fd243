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
