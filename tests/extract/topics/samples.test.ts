// Hand-checked facts about the two sample articles (tests/fixtures/samples/, the same as content/) (both about a
// U.S.–Japan summit on defence production for Ukraine, spring 2024): what they are about, and what they are not.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyTopics } from "../../../src/extract/topics/classify-topics.js";
import { ancestorsOf, topLevelOf } from "../../../src/extract/topics/iptc-vocabulary.js";

function sample(name: string): { title: string; body: string } {
  const raw = readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url), "utf8");
  const [title = "", ...rest] = raw.split("\n");
  return { title, body: rest.join("\n") };
}

const SAMPLES = ["000_1544b0afc51780d7.txt", "002_3e46861d0261ddd1.txt"];
// national security, armed forces, weaponry, defence equipment
const DEFENCE = ["medtop:20000598", "medtop:20000599", "medtop:20000602", "medtop:20000297"];
const DIPLOMACY = "medtop:20000638"; // international relations (diplomacy, summit meeting, foreign aid... are under it)

describe.each(SAMPLES)("sample %s", (name) => {
  const topics = classifyTopics(sample(name));
  const codes = topics.map((t) => t.iptc);
  const subjects = codes.map((q) => topLevelOf(q).qcode);

  it("is about conflict/war or politics and government first", () => {
    expect(["medtop:16000000", "medtop:11000000"]).toContain(subjects[0]);
  });

  it("names a defence / arms subject", () => {
    expect(codes.some((q) => DEFENCE.includes(q))).toBe(true);
  });

  it("names a diplomacy / international relations subject", () => {
    expect(codes.some((q) => q === DIPLOMACY || ancestorsOf(q).some((a) => a.qcode === DIPLOMACY))).toBe(true);
  });

  it("is not sport, not arts and entertainment", () => {
    expect(subjects).not.toContain("medtop:15000000");
    expect(subjects).not.toContain("medtop:01000000");
  });
});
