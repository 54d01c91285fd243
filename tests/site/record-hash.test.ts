// Page records are hashed to decide which pages to render again: equal records must hash equally
// and any change must change the hash, however their lists of story cards are hashed.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { oneShotHash } from "../../src/one-shot-hash.js";
import { pageRecordHash, recordHash } from "../../src/site/record-hash.js";
import { BODY_KEY } from "../../src/digest/body-key.js";

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

  it("are the digests of the record's JSON and its cards' hashes, hashed in one call as when hashed in turn", () => {
    // Non-ASCII text: the bytes hashed are the UTF-8 of each part, whether joined first or not.
    const record = { url: "/", items: [card("a", "Élysée – talks"), card("b", "B")], title: "Zürich" };
    const sha1 = (text: string) => createHash("sha1").update(text).digest("base64url");
    const inTurn = createHash("sha1")
      .update(JSON.stringify({ url: "/", title: "Zürich" }))
      .update("\0items:2");
    for (const item of record.items) inTurn.update("\0").update(sha1(JSON.stringify(item)));
    expect(pageRecordHash(record)).toBe(inTurn.digest("base64url"));
    expect(recordHash(record.items[0])).toBe(sha1(JSON.stringify(record.items[0])));
    for (const data of ["", "Zürich", Buffer.from([0, 255, 10])])
      for (const algorithm of ["sha1", "sha256"] as const)
        expect(oneShotHash(algorithm, data, "hex")).toBe(createHash(algorithm).update(data).digest("hex"));
  });

  it("tell apart pages that share a card, and hash records without card lists as recordHash does", () => {
    const shared = card("a", "A");
    const pages = Array.from({ length: 3 }, (_, i) => ({ url: `/e/${i}/`, items: [shared] }));
    expect(new Set(pages.map(pageRecordHash)).size).toBe(3);
    const plain = { url: "/about/", report: { filesFound: 3 } };
    expect(pageRecordHash(plain)).toBe(recordHash(plain));
    expect(pageRecordHash(true)).toBe(recordHash(true));
  });

  it("read an article's body by its extraction key, on its own page and as a story's only article", () => {
    const article = (body: string, key?: string) => ({
      id: "a1",
      url: "/articles/a1/",
      body,
      links: [],
      ...(key !== undefined ? { [BODY_KEY]: key } : {}),
    });
    // Its page record: the key stands for the body, and is never in the record's JSON.
    expect(pageRecordHash(article("One text.", "k1"))).toBe(pageRecordHash(article("Another text.", "k1")));
    expect(pageRecordHash(article("One text.", "k1"))).not.toBe(pageRecordHash(article("One text.", "k2")));
    expect(JSON.stringify(article("One text.", "k1"))).toBe(JSON.stringify(article("One text.")));
    // Without a key (records made by tests and tools), the body itself.
    expect(pageRecordHash(article("One text."))).toBe(recordHash(article("One text.")));
    expect(pageRecordHash(article("One text."))).not.toBe(pageRecordHash(article("Another text.")));
    // A story page holding its only article, with and without lists of cards.
    const story = (body: string, key: string, items?: ReturnType<typeof card>[]) => ({
      url: "/stories/s/",
      soleArticle: article(body, key),
      ...(items ? { items } : {}),
    });
    expect(pageRecordHash(story("One text.", "k1"))).toBe(pageRecordHash(story("Another text.", "k1")));
    expect(pageRecordHash(story("One text.", "k1"))).not.toBe(pageRecordHash(story("One text.", "k2")));
    const cards = [card("a", "A")];
    expect(pageRecordHash(story("One text.", "k1", cards))).toBe(pageRecordHash(story("Another text.", "k1", cards)));
    expect(pageRecordHash(story("One text.", "k1", cards))).not.toBe(pageRecordHash(story("One text.", "k2", cards)));
  });
});
