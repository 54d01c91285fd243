import { describe, expect, it } from "vitest";
import { refineWithStories } from "../../src/resolve/refine-with-stories.js";
import type { ExtractedArticle, Story } from "../../src/types.js";
import { article, ids } from "./resolve-fixtures.js";

function story(id: string, members: ExtractedArticle[]): Story {
  return { id, articleIds: members.map((a) => a.id) } as unknown as Story;
}

const george = article("g", "George W. Bush spoke in Iraq with the Pentagon.", [["George W. Bush", "person"], ["Iraq", "country"], ["Pentagon", "organization"]]);
const jeb = article("j", "Jeb Bush spoke in Florida.", [["Jeb Bush", "person"], ["Florida", "place"]]);
const filler = Array.from({ length: 8 }, (_, i) => article(`f${i}`, "Nothing here.", [["Elsewhere", "place"]]));

describe("refineWithStories", () => {
  it("resolves a shared surname to the one of its people its story names in full", () => {
    const lone = article("x", "Bush said no.", [["Bush", "person"]]);
    const out = refineWithStories([george, jeb, lone], [story("s1", [jeb, lone]), story("s2", [george])]);
    expect(ids(out[2]!)).toEqual(["jeb-bush"]);
  });

  it("resolves it by the entities its story names with one of them across the archive", () => {
    const lone = article("x", "Bush spoke of Iraq and the Pentagon.", [["Bush", "person"], ["Iraq", "country"], ["Pentagon", "organization"]]);
    const all = [george, jeb, lone, ...filler];
    const out = refineWithStories(all, all.map((a) => story(a.id, [a])));
    expect(ids(out[2]!)).toEqual(["george-w-bush", "iraq", "pentagon"]);
  });

  it("keeps it apart when neither the story nor its context tells", () => {
    const lone = article("x", "Bush said no.", [["Bush", "person"]]);
    const all = [george, jeb, lone, ...filler];
    const out = refineWithStories(all, all.map((a) => story(a.id, [a])));
    expect(ids(out[2]!)).toEqual(["bush"]);
  });
});
