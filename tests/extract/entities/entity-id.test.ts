import { slugify } from "transliteration";
import { describe, expect, it } from "vitest";
import { entityId } from "../../../src/extract/entities/entity-id.js";

// The id as the transliteration package alone spells it: what the ASCII fast path must equal.
const reference = (name: string): string =>
  slugify(name)
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");

describe("entityId", () => {
  it.each([
    ["Japan", "japan"],
    ["Washington D.C.", "washington-d-c"],
    ["U.S.", "u-s"],
    ["People's Republic of China", "people-s-republic-of-china"],
    ["AT&T", "at-t"],
    ["Émile Zoë", "emile-zoe"],
    ["岸田文雄", "an-tian-wen-xiong"],
    ["Владимир Путин", "vladimir-putin"],
  ])("%j -> %j", (name, id) => {
    expect(entityId(name)).toBe(id);
  });
  it.each(["", "...", " - ", "'s"])("%j has no letter or digit to spell: empty (the caller numbers it)", (name) => {
    expect(entityId(name).replace(/-/g, "")).toBe(name === "'s" ? "s" : "");
  });
  it("cuts a long name to 80 bytes with a hash, so names that share their start keep distinct ids", () => {
    const forty = Array.from({ length: 40 }, (_, n) => `Person Number${n} Surname${n}`).join(" ");
    const other = `${forty} Extra`;
    for (const name of [forty, other, "A".repeat(10_000), "Ж".repeat(10_000), "岸".repeat(5_000)]) {
      const id = entityId(name);
      expect(Buffer.byteLength(id)).toBeLessThanOrEqual(80);
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(entityId(forty)).not.toBe(entityId(other));
    expect(entityId(forty).startsWith("person-number0-surname0-")).toBe(true);
  });
  it("spells every ASCII string with a letter or digit as the transliteration package does", () => {
    let state = 11;
    // A fixed linear congruential sequence: the same names on every run.
    const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    let alphabet = "";
    for (let c = 0; c < 128; c++) alphabet += String.fromCharCode(c);
    alphabet += "aaeeAAZZ0099    ";
    for (let i = 0; i < 20_000; i++) {
      let name = "";
      const length = 1 + Math.floor(random() * 14);
      for (let j = 0; j < length; j++) name += alphabet[Math.floor(random() * alphabet.length)];
      // Names of symbols alone are spelled by code point (slugify's fallback) instead of "".
      if (/[a-z0-9]/i.test(name)) expect(entityId(name), JSON.stringify(name)).toBe(reference(name));
    }
  });
});
