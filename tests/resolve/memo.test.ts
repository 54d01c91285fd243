import { describe, expect, it } from "vitest";
import { memo } from "../../src/resolve/memo.js";

describe("memo", () => {
  it("computes a key once, falsy results included, and gives the function's results", () => {
    const calls: string[] = [];
    const f = memo((key) => {
      calls.push(key);
      return key === "none" ? undefined : key.length > 3;
    });
    expect([f("long"), f("ab"), f("none"), f("long"), f("ab"), f("none")]).toEqual([
      true,
      false,
      undefined,
      true,
      false,
      undefined,
    ]);
    expect(calls).toEqual(["long", "ab", "none"]);
  });
});
