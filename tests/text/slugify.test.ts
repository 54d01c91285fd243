import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "../../src/text/slugify.js";

describe("slugify", () => {
  it.each([
    ["Fumio Kishida", "fumio-kishida"],
    ["U.S., Japan in defense talks - media", "u-s-japan-in-defense-talks-media"],
    ["Владимир Путин", "vladimir-putin"],
    ["Ünïcödé Ça va", "unicode-ca-va"],
    ["../../etc/passwd", "etc-passwd"],
  ])("%s -> %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("transliterates Japanese and Arabic to a non-empty ASCII slug", () => {
    for (const name of ["岸田文雄", "محمد بن سلمان"]) expect(slugify(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each([
    ["Ａｂｃ ｎｅｗｓ", "abc-news"],
    ["𝔘𝔫𝔦𝔬𝔫", "union"],
    ["한국어 뉴스", "hangugeo-nyuseu"],
    ["Ελληνικά νέα", "ellinika-nea"],
  ])("normalises and transliterates %s -> %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it.each([
    ["🔥", "u1f525"],
    ["🔥🔥", "u1f525-u1f525"],
    ["ꦗꦮ", "ua997-ua9ae"],
  ])("spells %s from its code points when no table covers it (never empty)", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it.each(["", "   ", "../../", "!!!", "\u200b"])("gives %j no slug, so callers fall back", (text) => {
    expect(slugify(text)).toBe("");
  });

  it.each([
    ["CON", "con-page"],
    ["nul", "nul-page"],
    ["Com1", "com1-page"],
    ["console", "console"],
  ])("avoids the Windows device name %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("cuts long text at a word boundary", () => {
    const slug = slugify("word ".repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.split("-").every((w) => w === "word")).toBe(true);
  });
});

describe("uniqueSlug", () => {
  it("numbers clashes in order", () => {
    const taken = new Set<string>();
    expect([uniqueSlug("a", taken), uniqueSlug("a", taken), uniqueSlug("a", taken)]).toEqual(["a", "a-2", "a-3"]);
  });
});
