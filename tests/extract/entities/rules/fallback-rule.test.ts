import { describe, expect, it } from "vitest";
import { entityOf } from "./helpers.js";

describe("fallback rule", () => {
  it.each([
    ["Officials said Juan Antonio Samaranch would stay.", "Juan Antonio Samaranch", "person"],
    ["The talks were led by Boris Tadic.", "Boris Tadic", "person"],
  ])("%j: %s is %s", (text, mention, kind) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
  });
  it.each([
    ["Nominees include Million Dollar Baby and others.", "Million Dollar Baby"],
    ["He loved Grand Designs as a boy.", "Grand Designs"],
  ])("%j: %s is no person", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("person");
  });
});
