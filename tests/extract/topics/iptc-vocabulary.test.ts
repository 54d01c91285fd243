import { describe, expect, it } from "vitest";
import { IPTC_ATTRIBUTION, IPTC_CONCEPTS } from "../../../src/extract/topics/iptc-concepts.js";
import {
  ancestorsOf,
  childrenOf,
  findConceptByLabel,
  getConcept,
  topLevelOf,
} from "../../../src/extract/topics/iptc-vocabulary.js";

describe("IPTC vocabulary", () => {
  it("ships the 17 top-level subjects and only active concepts with known parents", () => {
    expect(IPTC_CONCEPTS.filter((c) => c.level === 1)).toHaveLength(17);
    for (const c of IPTC_CONCEPTS) {
      if (c.parent) expect(getConcept(c.parent), c.qcode).toBeDefined();
      expect(c.qcode).toMatch(/^medtop:\d{8}$/);
    }
    expect(IPTC_ATTRIBUTION).toContain("CC BY 4.0");
  });

  it.each([
    ["medtop:20000640", ["diplomacy", "international relations", "politics and government"]],
    ["20000602", ["national security", "government", "politics and government"]],
    ["medtop:20001065", ["competition discipline", "sport"]],
    ["medtop:16000000", []],
  ])("ancestorsOf(%s) walks up nearest first", (qcode, labels) => {
    expect(ancestorsOf(qcode).map((c) => c.label)).toEqual(labels);
  });

  it.each([
    ["medtop:20000005", "medtop:01000000"], // cinema
    ["medtop:20000888", "medtop:15000000"], // cricket
    ["medtop:20000763", "medtop:13000000"], // information technology and computer science
    ["medtop:20000178", "medtop:04000000"], // corporate earnings
    ["medtop:11000000", "medtop:11000000"],
  ])("topLevelOf(%s) is %s", (qcode, top) => {
    expect(topLevelOf(qcode).qcode).toBe(top);
  });

  it("lists children", () => {
    const labels = childrenOf("medtop:20000638").map((c) => c.label);
    expect(labels).toContain("diplomacy");
    expect(labels).toContain("economic sanction");
    expect(childrenOf("medtop:99999999")).toEqual([]);
  });

  it.each([
    ["Conflict, War and Peace", "medtop:16000000"],
    ["football", "medtop:20001065"],
    ["medtop:20000056", "medtop:20000056"],
    ["20000056", "medtop:20000056"],
    ["http://cv.iptc.org/newscodes/mediatopic/15000000", "medtop:15000000"],
  ])("findConceptByLabel(%s)", (input, qcode) => {
    expect(findConceptByLabel(input)?.qcode).toBe(qcode);
  });

  it.each(["war on drugs", "medtop:99999999", "", "footbal"])("finds nothing for %j", (input) => {
    expect(findConceptByLabel(input)).toBeUndefined();
  });

  it("rejects an unknown qcode in topLevelOf with a message that says what to use", () => {
    expect(() => topLevelOf("medtop:99999999")).toThrow(/Unknown IPTC Media Topic/);
  });
});
