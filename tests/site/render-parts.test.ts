// A large render is cut into parts for Eleventy: every page in exactly one part, in order, each
// part's records of each kind in the order of the whole plan.
import { describe, expect, it } from "vitest";
import type { PageKindName } from "../../src/site/page-kinds.js";
import { noRecords } from "../../src/site/page-template.js";
import { renderParts } from "../../src/site/render-site.js";

/** A plan of `count` pages: runs of kinds as the registry gives them (all stories, then articles, then feeds). */
function plan(counts: [PageKindName, number][]) {
  const kinds: PageKindName[] = [];
  const records = noRecords();
  const paths: string[] = [];
  for (const [kind, count] of counts)
    for (let k = 0; k < count; k++) {
      kinds.push(kind);
      records[kind].push({ kind, k });
      paths.push(`${kind}/${k}/index.html`);
    }
  return { kinds, records, paths };
}

describe("renderParts", () => {
  it("keeps a render that fits as one part", () => {
    const { kinds, records, paths } = plan([
      ["story", 3],
      ["article", 2],
    ]);
    expect(renderParts(kinds, records, paths, 5)).toEqual([{ records, paths }]);
  });

  it("cuts a larger one into parts of at most the size, every page once, in order", () => {
    const { kinds, records, paths } = plan([
      ["story", 7],
      ["article", 5],
      ["feedAtom", 4],
    ]);
    const parts = renderParts(kinds, records, paths, 5);
    expect(parts.map((p) => p.paths.length)).toEqual([5, 5, 5, 1]);
    expect(parts.flatMap((p) => p.paths)).toEqual(paths);
    // Each part's records are its pages', kind by kind, in the plan's order.
    for (const part of parts) {
      const expected = noRecords();
      for (const path of part.paths) {
        const [kind, k] = path.split("/") as [PageKindName, string];
        expected[kind].push({ kind, k: Number(k) });
      }
      expect(part.records).toEqual(expected);
    }
  });
});
