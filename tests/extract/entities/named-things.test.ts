// Well-known names that are neither people, places nor organisations (data/named-things.json),
// and parties and clubs as organisations.
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../src/extract/entities/extract-entities.js";

const entity = (text: string, mention: string) =>
  extractEntities(text).find((e) => e.mentions.some((m) => m.text === mention));

describe("kinds of well-known names", () => {
  it.each([
    ["Ireland won the Six Nations on Saturday.", "Six Nations", "event"],
    ["Wales completed the Grand Slam.", "Grand Slam", "event"],
    ["Federer won Wimbledon again.", "Wimbledon", "event"],
    ["Sales of the Xbox rose.", "Xbox", "product"],
    ["The Freedom of Information Act came into force.", "Freedom of Information Act", "law"],
    ["Russia ratified the Kyoto Protocol.", "Kyoto Protocol", "law"],
    ["The Liberal Democrats gained seats.", "Liberal Democrats", "organization"],
    ["The Lib Dems gained seats.", "Lib Dems", "organization"],
    ["A senior figure said Labour would win.", "Labour", "organization"],
  ])("%j: %s is %s", (text, mention, kind) => {
    expect(entity(text, mention)?.kind).toBe(kind);
  });
  it("files short forms of a party under its full name", () => {
    expect(entity("The Lib Dems gained seats.", "Lib Dems")?.name).toBe("Liberal Democrats");
  });
  it("lets a club that shares a tournament's name be a team in a results row", () => {
    expect(entity("Leeds 2 Wimbledon 1", "Wimbledon")?.kind).toBe("organization");
  });
  it("calls a lone given name in a sports report a club", () => {
    const text = "Arsenal beat Fulham 2-0. Later Chelsea finished with ten men against Everton.";
    expect(entity(text, "Chelsea")?.kind).toBe("organization");
  });
});
