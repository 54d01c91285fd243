// A name followed by the kind of device it is names a product or brand: "the Xbox console",
// "its Razr handset", "the Firefox browser", "two Toblerone bars"; without a determiner it is the
// maker's name.
import { after, before, type Rule } from "./rule.js";

const PRODUCT_NOUNS = new Set([
  "console",
  "consoles",
  "handset",
  "handsets",
  "phone",
  "phones",
  "smartphone",
  "smartphones",
  "browser",
  "laptop",
  "laptops",
  "player",
  "tablet",
  "bar",
  "bars",
  "device",
  "gadget",
]);
/** "the Xbox console" is a product; "Nokia phones", without a determiner, a maker's. A count is
 * a determiner too ("two Toblerone bars"). */
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "its",
  "his",
  "her",
  "their",
  "new",
  "latest",
  "this",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "some",
  "every",
  "each",
  "these",
  "those",
]);

export const productCueRule: Rule = {
  name: "product-cue",
  apply(input) {
    const next = after(input);
    const prev = before(input);
    if (!next || !next.word || next.cap || !PRODUCT_NOUNS.has(next.lower)) return null;
    // One adjective may stand between: "the iconic Toblerone bar".
    const prev2 = before(input, 2);
    const determined =
      prev !== undefined &&
      (DETERMINERS.has(prev.lower) || (prev.word && !prev.cap && prev2 !== undefined && DETERMINERS.has(prev2.lower)));
    if (!determined) return null;
    return { kind: "product", canonical: input.text, strength: "strong", rule: "product-cue" };
  },
};
