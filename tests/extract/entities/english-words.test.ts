import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { hasWord, isEnglishWord, searchableWordList } from "../../../src/extract/entities/english-words.js";

const require = createRequire(import.meta.url);

describe("isEnglishWord", () => {
  it.each(["a", "navy", "allies", "reading", "general", "zzzs"])("knows %j", (word) => {
    expect(isEnglishWord(word)).toBe(true);
  });
  it.each(["", "kishida", "yomiuri", "Navy", "navy ", "o'neill", "u.s.", "zzzzzz", "état"])(
    "does not list %j",
    (word) => {
      expect(isEnglishWord(word)).toBe(false);
    },
  );
});

describe("hasWord (binary search in the raw list)", () => {
  const raw = '["a","ab","abc","b","ba","c","zz"]';
  it.each(["a", "ab", "abc", "b", "ba", "c", "zz"])("finds listed %j, first and last included", (word) => {
    expect(hasWord(raw, word)).toBe(true);
  });
  it.each(["", "aa", "abcd", "bb", "d", "z", "zzz", "0", '"', ","])(
    "misses unlisted %j, prefixes and extensions included",
    (word) => {
      expect(hasWord(raw, word)).toBe(false);
    },
  );
  it("finds every word of the installed list and no neighbour", () => {
    const words = require("an-array-of-english-words") as string[];
    const list = searchableWordList(readFileSync(require.resolve("an-array-of-english-words"), "latin1"));
    expect(list).toBeDefined();
    const set = new Set(words);
    for (let i = 0; i < words.length; i += 97) {
      const word = words[i] as string;
      expect(hasWord(list as string, word)).toBe(true);
      expect(hasWord(list as string, `${word}q`)).toBe(set.has(`${word}q`));
    }
  });
});

describe("searchableWordList", () => {
  it("accepts the installed list: a JSON array of [a-z] words in JavaScript string order", () => {
    const words = require("an-array-of-english-words") as string[];
    for (let i = 1; i < words.length; i++)
      if (!((words[i - 1] as string) < (words[i] as string))) throw new Error(`unsorted at ${i}: ${words[i]}`);
    expect(searchableWordList(readFileSync(require.resolve("an-array-of-english-words"), "latin1"))).toBeDefined();
  });
  it.each([
    ['["a", "b"]', "spaces"],
    ['["a","B"]', "capitals"],
    ['["a","é"]', "non-ASCII"],
    ['{"a":1}', "not an array"],
    ["a\nb", "one word a line"],
  ])("rejects %j (%s), so the Set fallback is used", (raw) => {
    expect(searchableWordList(raw)).toBeUndefined();
  });
  it("accepts a trailing newline", () => {
    expect(searchableWordList('["a","b"]\n')).toBe('["a","b"]');
  });
});
