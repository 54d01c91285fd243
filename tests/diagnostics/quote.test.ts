import { describe, expect, it } from "vitest";
import { quoteForMessage } from "../../src/diagnostics/quote.js";

describe("quoteForMessage", () => {
  it("quotes a short value whole", () => {
    expect(quoteForMessage("us-japan talks")).toBe('"us-japan talks"');
  });

  it("cuts a long value to 60 characters with an ellipsis and its length", () => {
    expect(quoteForMessage("a".repeat(5000))).toBe(`"${"a".repeat(60)}…" (5,000 characters)`);
  });

  it("cuts by characters, never halving an emoji", () => {
    const quoted = quoteForMessage("😀".repeat(70));
    expect(quoted).toBe(`"${"😀".repeat(60)}…" (70 characters)`);
  });
});
