import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/resolve/entity-catalog.js";
import { article } from "./resolve-fixtures.js";

describe("buildCatalog: an entry's kind", () => {
  const named = (id: string, kind: "person" | "product", guessed: boolean) => {
    const a = article(id, "Fans of Qorblet bars were angry.", [["Qorblet", kind]]);
    if (guessed) a.entities[0]!.kindGuessed = true;
    return a;
  };
  it("prefers the kind some article found evidence for to guesses", () => {
    const catalog = buildCatalog([
      named("a", "person", true),
      named("b", "person", true),
      named("c", "product", false),
    ]);
    expect(catalog.get("qorblet")!.kind).toBe("product");
  });
  it("counts guesses when nothing else is known", () => {
    const catalog = buildCatalog([named("a", "person", true), named("b", "product", true), named("c", "person", true)]);
    expect(catalog.get("qorblet")!.kind).toBe("person");
  });
  it("takes the other kind on a tie of evidence with a person, then the kind more articles gave", () => {
    expect(buildCatalog([named("a", "person", false), named("b", "product", false)]).get("qorblet")!.kind).toBe(
      "product",
    );
    const more = buildCatalog([named("a", "person", false), named("b", "product", false), named("c", "person", true)]);
    expect(more.get("qorblet")!.kind).toBe("person");
  });
  it("tells whether the archive only ever guessed", () => {
    expect(buildCatalog([named("a", "person", true), named("b", "person", true)]).get("qorblet")!.guessed).toBe(true);
    expect(buildCatalog([named("a", "person", true), named("b", "person", false)]).get("qorblet")!.guessed).toBe(false);
  });
});
