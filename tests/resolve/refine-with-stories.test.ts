import { describe, expect, it } from "vitest";
import { refineWithStories } from "../../src/resolve/refine-with-stories.js";
import type { ExtractedArticle, Story } from "../../src/types.js";
import { article, ids } from "./resolve-fixtures.js";

function story(id: string, members: ExtractedArticle[]): Story {
  return { id, articleIds: members.map((a) => a.id) } as unknown as Story;
}

const george = article("g", "George W. Bush spoke in Iraq with the Pentagon.", [
  ["George W. Bush", "person"],
  ["Iraq", "country"],
  ["Pentagon", "organization"],
]);
const jeb = article("j", "Jeb Bush spoke in Florida.", [
  ["Jeb Bush", "person"],
  ["Florida", "place"],
]);
const filler = Array.from({ length: 8 }, (_, i) => article(`f${i}`, "Nothing here.", [["Elsewhere", "place"]]));

describe("refineWithStories", () => {
  it("resolves a shared surname to the one of its people its story names in full", () => {
    const lone = article("x", "Bush said no.", [["Bush", "person"]]);
    const out = refineWithStories([george, jeb, lone], [story("s1", [jeb, lone]), story("s2", [george])]);
    expect(ids(out[2]!)).toEqual(["jeb-bush"]);
  });

  it("resolves it by the entities its story names with one of them across the archive", () => {
    const lone = article("x", "Bush spoke of Iraq and the Pentagon.", [
      ["Bush", "person"],
      ["Iraq", "country"],
      ["Pentagon", "organization"],
    ]);
    const all = [george, jeb, lone, ...filler];
    const out = refineWithStories(
      all,
      all.map((a) => story(a.id, [a])),
    );
    expect(ids(out[2]!)).toEqual(["george-w-bush", "iraq", "pentagon"]);
  });

  it("keeps it apart when neither the story nor its context tells", () => {
    const lone = article("x", "Bush said no.", [["Bush", "person"]]);
    const all = [george, jeb, lone, ...filler];
    const out = refineWithStories(
      all,
      all.map((a) => story(a.id, [a])),
    );
    expect(ids(out[2]!)).toEqual(["bush"]);
  });

  it("resolves it, when nothing else tells, to the one the archive names far more often than the others together", () => {
    const lone = article("x", "Bush said no.", [["Bush", "person"]]);
    const georges = Array.from({ length: 12 }, (_, i) =>
      article(`g${i}`, "George W. Bush spoke.", [["George W. Bush", "person"]]),
    );
    const all = [...georges, jeb, lone, ...filler];
    const out = refineWithStories(
      all,
      all.map((a) => story(a.id, [a])),
    );
    expect(ids(out.at(-9)!)).toEqual(["george-w-bush"]);
    // Eight articles are not enough to stand out.
    const fewer = [...georges.slice(0, 8), jeb, lone, ...filler];
    const kept = refineWithStories(
      fewer,
      fewer.map((a) => story(a.id, [a])),
    );
    expect(ids(kept.at(-9)!)).toEqual(["bush"]);
  });

  it("resolves it to the one of two people its story names far more often", () => {
    const donald = article("d", "Donald Trump spoke. Trump said. Donald Trump again. Donald Trump.", [
      ["Donald Trump", "person"],
    ]);
    donald.entities[0]!.mentions = [0, 1, 2, 3].map((i) => ({ text: "Donald Trump", start: i, end: i + 1 }));
    const melania = article("m", "Melania Trump and Donald Trump.", [
      ["Melania Trump", "person"],
      ["Donald Trump", "person"],
    ]);
    const lone = article("x", "Trump said no.", [["Trump", "person"]]);
    const out = refineWithStories([donald, melania, lone], [story("s", [donald, melania, lone])]);
    expect(ids(out[2]!)).toEqual(["donald-trump"]);
  });

  it("resolves a given name alone to the one person of the story with that given name", () => {
    const full = article("h", "Hillary Clinton spoke.", [["Hillary Clinton", "person"]]);
    const lone = article("x", "Hillary said no.", [["Hillary", "person"]]);
    const elsewhere = article("y", "Hillary said yes.", [["Hillary", "person"]]);
    const out = refineWithStories([full, lone, elsewhere], [story("s", [full, lone]), story("t", [elsewhere])]);
    expect(ids(out[1]!)).toEqual(["hillary-clinton"]);
    expect(ids(out[2]!)).toEqual(["hillary"]);
  });

  it("resolves a given name no list knows by the story's one full name that opens with it", () => {
    const full = article("m", "Melania Trump spoke.", [["Melania Trump", "person"]]);
    const lone = article("x", "Melania said no.", [["Melania", "person"]]);
    const out = refineWithStories([full, lone], [story("s", [full, lone])]);
    expect(ids(out[1]!)).toEqual(["melania-trump"]);
  });

  it("does not take a run in capitals for the full name a given name stands for", () => {
    const junk = article("m", "Interlagos WHO IS MAX VERSTAPPEN", [["Interlagos WHO IS MAX VERSTAPPEN", "person"]]);
    const lone = article("x", "Interlagos was wet.", [["Interlagos", "person"]]);
    const out = refineWithStories([junk, lone], [story("s", [junk, lone])]);
    expect(ids(out[1]!)).toEqual(["interlagos"]);
  });
});

describe("refineWithStories: the bearer the archive names far more often", () => {
  // Twelve articles name both, Barack Obama ten times each, Michelle Obama once: alike by
  // articles, far apart by mentions.
  const couple = Array.from({ length: 12 }, (_, i) => {
    const a = article(`c${i}`, "Mr Barack Obama spoke beside Michelle Obama.", [
      ["Barack Obama", "person"],
      ["Michelle Obama", "person"],
    ]);
    const barack = a.entities[0]!;
    barack.mentions = Array.from({ length: 10 }, () => ({ ...barack.mentions[0]! }));
    return a;
  });
  const alone = (a: ExtractedArticle) => story(a.id, [a]);

  it("decides a surname whose story names both alike", () => {
    const lone = article("x", "Barack Obama and Michelle Obama came. The Obama administration ended.", [
      ["Barack Obama", "person"],
      ["Michelle Obama", "person"],
      ["Obama", "person"],
    ]);
    lone.entities[2]!.mentions = [{ text: "Obama", start: 42, end: 47 }];
    const all = [...couple, lone];
    expect(ids(refineWithStories(all, all.map(alone)).at(-1)!)).toEqual(["barack-obama", "michelle-obama"]);
  });

  it("decides a surname no story names in full, by mentions when articles do not tell", () => {
    const lone = article("x", "Obama said no.", [["Obama", "person"]]);
    const all = [...couple, lone, ...filler];
    expect(ids(refineWithStories(all, all.map(alone))[12]!)).toEqual(["barack-obama"]);
  });

  it("never gives a surname after Mrs to the one the archive calls Mr", () => {
    const lone = article("x", "Mrs Obama said no.", [["Obama", "person"]]);
    const all = [...couple, lone, ...filler];
    expect(ids(refineWithStories(all, all.map(alone))[12]!)).toEqual(["obama"]);
  });
});
