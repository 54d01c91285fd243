import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/resolve/entity-catalog.js";
import { rewriteEntities } from "../../src/resolve/rewrite-entities.js";
import { article } from "./resolve-fixtures.js";

describe("rewriteEntities: the guessed-kind mark", () => {
  it("drops the mark when resolution gives the entity another kind", () => {
    const a = article("a", "Fans of Qorblet met.", [["Qorblet", "person"]]);
    a.entities[0]!.kindGuessed = true;
    const out = rewriteEntities(a, () => ({ id: "qorblet", kind: "product" }), buildCatalog([a]));
    expect(out.entities[0]!.kind).toBe("product");
    expect(out.entities[0]!.kindGuessed).toBeUndefined();
  });
  it("keeps it on entities joined from guesses only, drops it when one part had evidence", () => {
    const both = (firstGuessed: boolean) => {
      const a = article("a", "Tony Qorblet and Qorblet met.", [
        ["Tony Qorblet", "person"],
        ["Qorblet", "person"],
      ]);
      a.entities[1]!.kindGuessed = true;
      if (firstGuessed) a.entities[0]!.kindGuessed = true;
      return rewriteEntities(a, () => ({ id: "tony-qorblet" }), buildCatalog([a])).entities;
    };
    expect(both(true)).toHaveLength(1);
    expect(both(true)[0]!.kindGuessed).toBe(true);
    expect(both(false)[0]!.kindGuessed).toBeUndefined();
  });
});
