import { describe, expect, it } from "vitest";
import { pageAliases, type AliasCandidates } from "../../src/resolve/aliases.js";

const entity = (
  id: string,
  name: string,
  kind: AliasCandidates["kind"],
  forms: string[],
  articles = 1,
): AliasCandidates => ({ id, name, kind, forms, articles });

describe("pageAliases", () => {
  it("keeps a surname and a short form, drops the name itself and lower-case words", () => {
    const out = pageAliases([entity("walter-brandt", "Walter Brandt", "person", ["Walter Brandt", "Brandt", "he"])]);
    expect(out.get("walter-brandt")).toEqual(["Brandt"]);
  });

  it("drops a given name alone, but keeps a nickname that is none of the name's words", () => {
    const out = pageAliases([
      entity("walter-brandt", "Walter Brandt", "person", ["Walter", "Brandt", "Wally"]),
      entity("greta-lund", "Greta Lund", "organization", ["Greta"]),
    ]);
    expect(out.get("walter-brandt")).toEqual(["Brandt", "Wally"]);
    // Not a person: its first word may be a name it goes by.
    expect(out.get("greta-lund")).toEqual(["Greta"]);
  });

  it("drops an event's head word alone, a common noun, but keeps a team's last word", () => {
    const out = pageAliases([
      entity("ruritanian-open", "Ruritanian Open", "event", ["Ruritanian Open", "Open", "Ruritania Open"]),
      entity("lakeside-herons", "Lakeside Herons", "organization", ["Lakeside Herons", "Herons"]),
    ]);
    expect(out.get("ruritanian-open")).toEqual(["Ruritania Open"]);
    expect(out.get("lakeside-herons")).toEqual(["Herons"]);
  });

  it("drops the name in other capitals and a description in front of a person's full name", () => {
    const out = pageAliases([
      entity("walter-q-brandt", "Walter Q. Brandt", "person", [
        "WALTER Q. BRANDT",
        "Walter Brandt",
        "Senator Walter Brandt",
        "Did Walter Q. Brandt",
      ]),
    ]);
    expect(out.get("walter-q-brandt")).toEqual(["Walter Brandt"]);
  });

  it("keeps a longer name of an organisation that ends with its name", () => {
    const out = pageAliases([entity("nations-cup", "Nations Cup", "event", ["Northern Nations Cup"])]);
    expect(out.get("nations-cup")).toEqual(["Northern Nations Cup"]);
  });

  it("drops another entity's name, and a name the gazetteer gives something else", () => {
    const out = pageAliases([
      entity("united-states", "United States", "country", ["US", "America", "Washington", "Oakdale"]),
      entity("oakdale", "Oakdale", "place", ["Oakdale"]),
    ]);
    expect(out.get("united-states")).toEqual(["America", "US"]);
  });

  it("keeps an alias two entities share only on the one named at least twice as often", () => {
    const out = pageAliases([
      entity("walter-brandt", "Walter Brandt", "person", ["Brandt"], 6),
      entity("greta-brandt", "Greta Brandt", "person", ["Brandt"], 2),
      entity("anna-lund", "Anna Lund", "person", ["Lund"], 3),
      entity("olaf-lund", "Olaf Lund", "person", ["Lund"], 2),
    ]);
    expect(out.get("walter-brandt")).toEqual(["Brandt"]);
    expect(out.get("greta-brandt")).toEqual([]);
    expect(out.get("anna-lund")).toEqual([]);
    expect(out.get("olaf-lund")).toEqual([]);
  });
});
