import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("team rule: towns and regions in results are teams", () => {
  it.each([
    ["Puchon 2 Chonbuk 1", "Puchon", "team-row"],
    ["Puchon 2 Chonbuk 1", "Chonbuk", "team-row"],
    ["Leicestershire beat Somerset by six wickets.", "Leicestershire", "team-context"],
    ["Leicestershire beat Somerset by six wickets.", "Somerset", "team-context"],
  ])("%j: %s is a team", (text, mention, rule) => {
    expect(ruleOf(text, mention)).toBe(rule);
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });

  it.each([
    ["a country stays a country (national sides are named for it)", "Japan beat Brazil 2-1.", "Japan", "country"],
    ["a county outside any result", "Leicestershire is a county.", "Leicestershire", "place"],
  ])("not for %s: %j", (_why, text, mention, kind) => {
    expect(ruleOf(text, mention)).not.toMatch(/^team-/);
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
});

describe("team rule: a line-up's club in parentheses", () => {
  it.each([
    ["Replacements: A Titterrell (Sale Sharks), P Vickery (Gloucester), S Borthwick (Bath).", "Gloucester"],
    ["Roberts (Tranmere), Weston (Cardiff), Davies (Zarvollo).", "Zarvollo"],
    ["Forwards: M Davies (Qorvath), A Jones (Ospreys).", "Qorvath"],
  ])("%j: %s is a team", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });
  it.each([
    // Awards lists put a film after a full name.
    ["Nominees include Imelda Staunton (Zarvollo), the judges said.", "Zarvollo"],
    ["The firm (Qorvath) said sales rose.", "Qorvath"],
  ])("%j: %s is no team", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("organization");
  });
});

describe("team rule: table rows and results whose club reads like a person", () => {
  it.each([
    ["Division one\nMontrose 2 Ross County 1\nDundee 3 Falkirk 0", "Ross County"],
    ["Division one\nRoss County 3 0 0 3 3 7 0\nDundee 3 1 2 0 3 2 5", "Ross County"],
    ["Semifinal: Wigan 42 Bradford Bulls 36", "Bradford Bulls"],
    ["Division B\nSloboda 4 Mladost (BJ) 0\nProleter (Z) 4 0 1 3 2 9 1", "Mladost"],
    ["Division B\nSloboda 4 Mladost (BJ) 0\nProleter (Z) 4 0 1 3 2 9 1", "Proleter"],
  ])("%j: %s is a team", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });
  it.each([
    ["Yorkshire 329 (R. Kettleborough 108, Phil Simmons 61; P. Such 8-118)", "Phil Simmons"],
    ["10. Paul Lawrie 211,420", "Paul Lawrie"],
  ])("%j: %s stays a person", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("person");
  });
});

describe("team rule: plural nicknames after 'the'", () => {
  it.each([
    ["A double snapped the tie as the Qorvath Marlins beat the Zarvollo Reds 3-1.", "Qorvath Marlins"],
    ["Eric Anthony hit a pair of homers for the Zarvollos.", "Zarvollos"],
  ])("%j: %s is a team", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("team-nickname");
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });
  it.each([
    ["The offensive against the Kurds went on.", "Kurds"],
    ["He played for the Netherlands.", "Netherlands"],
    ["They went hiking in the Zarvollos last May.", "Zarvollos"],
  ])("%j: %s is no nickname", (text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("team-nickname");
  });
});

describe("team rule: the other side of a result, and batsmen inside an innings", () => {
  it.each([
    ["Emon was fired after Nice's home defeat to Qorvath 2-1 in the league.", "Qorvath"],
    ["It was their first win over Zarvollo in ten years.", "Zarvollo"],
  ])("%j: %s is a team", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("team-result");
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });
  it.each([
    ["Scores: England 292-8 (N. Knight 113), Pakistan 185 (Ijaz Qorvath 79; A. Hollioake 4-23)", "Ijaz Qorvath"],
    ["The treaty was a defeat for Qorvath diplomacy.", "Qorvath"],
  ])("%j: %s is no team by these cues", (text, mention) => {
    expect(ruleOf(text, mention)).not.toMatch(/^team-(result|row)/);
  });
});

describe("team rule: a figure with decimals or thousands is no score", () => {
  it.each([
    ["Money supply.\nM1 63.02 62.83 57.50\n", "M1"],
    ["Results.\nQorvath 4,000 3,990\n", "Qorvath"],
  ])("%j: %s is not a team", (text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("team-row");
  });
  it.each([
    ["Results.\nQorvath 4 Chonbuk 1\n", "Qorvath"],
    ["NEW YORK 59 76 .437\nQorvath 58 77 .430\n", "Qorvath"],
  ])("%j: %s is a team", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("team-row");
  });
});
