import { describe, expect, it } from "vitest";
import { entityOf } from "./helpers.js";

describe("work-cue rule: titles introduced by what they are", () => {
  it.each([
    ["Eastwood directed the film Million Dollar Baby last year.", "Million Dollar Baby", "work"],
    ['Her novel "Small Island" won the prize.', "Small Island", "work"],
    ["The band released the album Elephunk in May.", "Elephunk", "work"],
    ["Mike Leigh's period drama Vera Drake has seven nominations.", "Vera Drake", "work"],
    ["Her latest role in Finding Neverland won praise.", "Finding Neverland", "work"],
    ["On Tuesday Zarvox-Prime 2 dominated the games prizes.", "Zarvox-Prime", "work"],
    ["The first million sold come with Spider-Man 2 on disc.", "Spider-Man", "work"],
  ])("%j: %s is %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
  it.each([
    ["They play Chelsea on Saturday.", "Chelsea"],
    ["He hit Smith with a chair.", "Smith"],
    // Numbers after names in tables and results are no sequels.
    ["Qorvath 2 Zarvollo 1, Brenmoor 3 Tallow 0", "Qorvath"],
    ["Qorvath 2-1 Zarvollo on Saturday.", "Qorvath"],
    ["He met Lord Qorvath in 2 hours.", "Qorvath"],
    // A role in an organisation is no part in a work.
    ["His role in Qorvath Holdings grew.", "Qorvath Holdings"],
  ])("%j: %s is no work", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("work");
  });
});
