// Page records are hashed to decide which pages to render again: equal records must hash equally
// and any change must change the hash, however their lists of story cards are hashed.
import { describe, expect, it } from "vitest";
import { pageRecordHash, recordHash } from "../../src/site/record-hash.js";

const card = (id: string, headline: string) => ({ id, url: `/stories/${id}/`, headline });

describe("page record hashes", () => {
  it("are equal for equal records built from different objects", () => {
    const make = () => ({ url: "/topics/x/", items: [card("a", "A"), card("b", "B")], topic: { id: "x" } });
    expect(pageRecordHash(make())).toBe(pageRecordHash(make()));
  });

  it("change when a card, the order of the cards, their number or anything else changes", () => {
    const shared = [card("a", "A"), card("b", "B")];
    const base = pageRecordHash({ url: "/", items: shared });
    const variants = [
      { url: "/", items: [card("a", "A"), card("b", "B changed")] },
      { url: "/", items: [shared[1], shared[0]] },
      { url: "/", items: [shared[0]] },
      { url: "/", items: [] },
      { url: "/page/1/", items: shared },
      { url: "/", items: shared, next: "/page/1/" },
      // The same cards in another list field.
      { url: "/", cards: shared },
    ];
    const hashes = variants.map(pageRecordHash);
    expect(hashes).not.toContain(base);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it("tell apart pages that share a card, and hash records without card lists as recordHash does", () => {
    const shared = card("a", "A");
    const pages = Array.from({ length: 3 }, (_, i) => ({ url: `/e/${i}/`, items: [shared] }));
    expect(new Set(pages.map(pageRecordHash)).size).toBe(3);
    const plain = { url: "/about/", report: { filesFound: 3 } };
    expect(pageRecordHash(plain)).toBe(recordHash(plain));
    expect(pageRecordHash(true)).toBe(recordHash(true));
  });
});
