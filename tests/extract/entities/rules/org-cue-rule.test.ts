import { describe, expect, it } from "vitest";
import { entityOf } from "./helpers.js";

describe("org-cue rule: a name after a noun for a kind of organisation", () => {
  it.each([
    ["The media regulator Ofcom said the rules would change.", "Ofcom"],
    ["Shares in phone firm Zorvanta rose on Monday.", "Zorvanta"],
    ["The internet giant Qworp said profits doubled.", "Qworp"],
    ["The watchdog Ofsted published its report.", "Ofsted"],
  ])("%j: %s is an organisation", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });

  it.each([
    ["The news agency Ukrinform reported the talks.", "Ukrinform", "outlet"],
    ["The firm's boss Zed Qworpington said sales rose.", "Zed Qworpington", "person"],
    ["Company chief Zed Qworpington resigned on Monday.", "Zed Qworpington", "person"],
    ["Analysts at Firm Group said shares rose.", "Firm Group", "organization"],
  ])("%j: %s stays %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
});

describe("org-cue rule: markets, bidders, clubs and bands", () => {
  it.each([
    ["Rival pan-European bourse Zarvollo is working on a bid.", "Zarvollo"],
    ["The offer came from rival bidder Qorvath Boerse.", "Qorvath Boerse"],
    ["Serie A club Zarvollo paid a record fee.", "Zarvollo"],
    ["Visitors liked the band Qorvath Sisters best.", "Qorvath Sisters"],
    ["According to search engine Zarvollo, most surfers start there.", "Zarvollo"],
  ])("%j: %s is an organisation", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("organization");
  });
  it.each([["Markets closed early, said Rachel Qorvath.", "Rachel Qorvath"]])(
    "%j: %s stays a person",
    (text, mention) => {
      expect(entityOf(text, mention)?.kind).toBe("person");
    },
  );
});
