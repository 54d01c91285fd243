import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildPackageGazetteer,
  formatPackageGazetteer,
  PACKAGE_GAZETTEER_FILE,
} from "../../../src/extract/entities/build-gazetteer.js";
import { demonymCountry, isFirstName, isLastName, isPrefix, lookup } from "../../../src/extract/entities/gazetteer.js";

describe("package-gazetteer.json", () => {
  it("is what build-gazetteer.ts makes from the installed packages now (else re-run the script)", () => {
    const fresh = formatPackageGazetteer(buildPackageGazetteer());
    expect(
      readFileSync(PACKAGE_GAZETTEER_FILE, "utf8") === fresh,
      "stale: npx tsx src/extract/entities/build-gazetteer.ts",
    ).toBe(true);
  });
});

describe("gazetteer loaded from the generated file and the curated lists", () => {
  it.each([
    ["japan", "Japan", "country"],
    ["tokyo", "Tokyo", "place"],
    ["osaka", "Osaka", "place"],
    ["kyiv", "Kyiv", "place"],
    ["united nations", "United Nations", "organization"],
    ["yomiuri", "Yomiuri", "outlet"],
    ["u.s.", "United States", "country"],
  ])("knows %j as %s (%s)", (key, canonical, kind) => {
    expect(lookup(key)).toMatchObject({ canonical, kind });
  });
  it("keeps a capital's country and the higher-priority reading", () => {
    expect(lookup("washington")).toMatchObject({
      canonical: "Washington D.C.",
      kind: "place",
      capitalOf: "United States",
    });
    expect(lookup("japan")?.capitalOf).toBeUndefined();
    expect(lookup("us")).toMatchObject({ canonical: "United States", acronym: true });
  });
  it.each(["reading", "western", "mobile", "kishida", "unite"])(
    "does not list %j (a common word, or unknown)",
    (key) => {
      expect(lookup(key)).toBeUndefined();
    },
  );
  it("knows demonyms, given names, surnames and name prefixes", () => {
    expect(demonymCountry("japanese")).toBe("Japan");
    expect(demonymCountry("americans")).toBe("United States");
    expect(demonymCountry("japan")).toBeUndefined();
    expect([isFirstName("john"), isFirstName("smith")]).toEqual([true, false]);
    expect([isLastName("smith"), isLastName("john")]).toEqual([true, false]);
    expect([isPrefix("united"), isPrefix("kishida")]).toEqual([true, false]);
  });
});
