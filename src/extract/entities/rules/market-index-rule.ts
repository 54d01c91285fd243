// "the Dow Jones industrial average", "the key 225-share Nikkei average", "London's FTSE 100
// index", "the Nasdaq composite": a name right before an index's noun names a market index, not
// the publisher or exchange the index is named after, nor a person. Asked before the gazetteer,
// which lists "Dow Jones" and "Nikkei" as outlets. Only this mention is dropped; the same name
// elsewhere in the article is read on its own.
import { after, type Rule } from "./rule.js";

const INDEX_NOUNS = new Set(["index", "indices", "indexes", "average", "averages", "composite", "industrials"]);
const INDEX_WORDS = new Set(["industrial", "share", "stock", "stocks", "futures", "blue-chip"]);
const NUMBER = /^\d+$/;

export const marketIndexRule: Rule = {
  name: "market-index",
  apply(input) {
    for (let n = 1; n <= 3; n++) {
      const t = after(input, n);
      if (!t || (t.cap && !NUMBER.test(t.text))) return null;
      if (INDEX_NOUNS.has(t.lower)) return { kind: null, canonical: "", strength: "strong", rule: "market-index" };
      if (!NUMBER.test(t.text) && !INDEX_WORDS.has(t.lower)) return null;
    }
    return null;
  },
};
