import { describe, expect, it } from "vitest";
import { entityOf } from "./helpers.js";

describe("work-cue rule: titles introduced by what they are", () => {
  it.each([
    ["Eastwood directed the film Million Dollar Baby last year.", "Million Dollar Baby", "work"],
    ["Her novel \"Small Island\" won the prize.", "Small Island", "work"],
    ["The band released the album Elephunk in May.", "Elephunk", "work"],
  ])("%j: %s is %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
  it.each([
    ["They play Chelsea on Saturday.", "Chelsea"],
    ["He hit Smith with a chair.", "Smith"],
  ])("%j: %s is no work", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("work");
  });
});
