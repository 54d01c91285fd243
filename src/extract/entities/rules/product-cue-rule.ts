// A name followed by the kind of device it is names a product or brand: "the Xbox console",
// "its Razr handset", "the Firefox browser"; without a determiner it is the maker's name.
import { after, before, type Rule } from "./rule.js";

const PRODUCT_NOUNS = new Set([
  "console", "consoles", "handset", "handsets", "phone", "phones", "smartphone", "smartphones",
  "browser", "laptop", "laptops", "player", "tablet",
]);
/** "the Xbox console" is a product; "Nokia phones", without a determiner, a maker's. */
const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "new", "latest", "this"]);

export const productCueRule: Rule = {
  name: "product-cue",
  apply(input) {
    const next = after(input);
    const prev = before(input);
    if (!next || !next.word || next.cap || !PRODUCT_NOUNS.has(next.lower)) return null;
    if (!prev || !DETERMINERS.has(prev.lower)) return null;
    return { kind: "product", canonical: input.text, strength: "strong", rule: "product-cue" };
  },
};
