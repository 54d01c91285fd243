import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("shape rule: a name's own head word says its kind", () => {
  it.each([
    [
      "Analysts at the Qorvath Institute said growth would slow.",
      "Qorvath Institute",
      "shape-organization",
      "organization",
    ],
    ["The Bank of Zembra raised rates.", "Bank of Zembra", "shape-organization", "organization"],
    ["The Qorvath Post reported.", "Qorvath Post", "shape-outlet", "outlet"],
    ["The Zembra River flooded.", "Zembra River", "shape-place", "place"],
    ["Climbers reached Mount Qorvath.", "Mount Qorvath", "shape-place", "place"],
    ["Lake Zembra froze over.", "Lake Zembra", "shape-place", "place"],
  ])("%j: %s", (text, mention, rule, kind) => {
    expect(ruleOf(text, mention)).toBe(rule);
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });

  it.each([
    ["a listed name (the gazetteer decides first)", "Texas Instruments said profits rose.", "Texas Instruments"],
    ["a name without a telling head word", "Qarlo Zembrak arrived.", "Qarlo Zembrak"],
  ])("not for %s: %j", (_why, text, mention) => {
    expect(ruleOf(text, mention)).not.toMatch(/^shape-/);
  });
});

describe("shape rule: stations, ampersands and brothers", () => {
  it.each([
    ["In Mexico, Radio Zarvollo quoted local police.", "Radio Zarvollo", "outlet"],
    ["Douglas & Lomason has 4.45 million shares.", "Douglas & Lomason", "organization"],
    ["The film was released by Qorvath Bros. on Monday.", "Qorvath Bros.", "organization"],
  ])("%j: %s is a %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
  it.each([
    ["Radio stations closed early on Monday.", "Radio"],
    ["Smith and Jones said they would sue.", "Jones"],
  ])("%j: %s is no station or firm", (text, mention) => {
    expect(entityOf(text, mention)?.kind ?? "none").not.toMatch(/outlet|organization/);
  });
});

describe("shape rule: clubs' letters and an organisation's head before 'of'", () => {
  it.each([
    ["Stephan Marasek of SC Zarvollo took advantage.", "SC Zarvollo"],
    ["Qorvath FC sacked their coach.", "Qorvath FC"],
    ["The KDP charges that the rival Patriotic Union of Qorvath took Arbil.", "Patriotic Union of Qorvath"],
    ["The bond future on the Zarvollo Board of Trade was lower.", "Zarvollo Board of Trade"],
  ])("%j: %s is an organisation", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });
  it.each([
    ["He lost to the US Open champion.", "US Open"],
    ["Secretary of State Madeleine Albright flew in.", "Madeleine Albright"],
  ])("%j: %s keeps its kind", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("organization");
  });
});

describe("shape rule: a centre where sport, trade or shows are held is a venue", () => {
  it.each([
    ["She won at the National Tennis Centre on Sunday.", "National Tennis Centre"],
    ["The fair opened at the Qorvath Exhibition Centre.", "Qorvath Exhibition Centre"],
  ])("%j: %s is a place", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("place");
  });
  it.each([
    ["The Qorvath Research Centre said prices would rise.", "Qorvath Research Centre"],
    ["The Qorvath Policy Center said so.", "Qorvath Policy Center"],
  ])("%j: %s stays an organisation", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });
});
