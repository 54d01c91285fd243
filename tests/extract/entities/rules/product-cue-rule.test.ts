import { describe, expect, it } from "vitest";
import { entityOf } from "./helpers.js";

describe("product-cue rule: a name, then the device it is", () => {
  it.each([
    ["Motorola sold millions of the Razr handset.", "Razr", "product"],
    ["He switched to the Opera browser.", "Opera", "product"],
    ["Fans of the iconic Qorblet bar were angry.", "Qorblet", "product"],
    ["The gaps in two Qorblet bars upset fans.", "Qorblet", "product"],
  ])("%j: %s is %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
  it.each([["Sales of Nokia phones rose.", "Nokia", "organization"]])(
    "%j: %s stays %s (no determiner: the maker)",
    (text, mention, kind) => {
      expect(entityOf(text, mention)?.kind).toBe(kind);
    },
  );
  it("needs a determiner or a count before an adjective too", () => {
    expect(entityOf("He said rival Qorblet bars sold well.", "Qorblet")?.kind).not.toBe("product");
  });
});
